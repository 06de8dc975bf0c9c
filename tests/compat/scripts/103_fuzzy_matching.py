import difflib

products = ["Espresso beans 1 kg", "Filter roast 500 g", "Decaf beans 500 g", "Earl Grey loose leaf",
            "French press 1 l", "Moka pot 6 cups", "Milk frother", "Ceramic mug", "Travel tumbler"]

queries = ["expresso beans", "french pres", "earl gray", "mocha pot", "tumbler travel", "laptop"]
for q in queries:
    matches = difflib.get_close_matches(q, products, n=2, cutoff=0.5)
    print(f"{q!r:<18} -> {matches}")

lower = {p.lower(): p for p in products}
print(difflib.get_close_matches("ceramic mugs", list(lower), n=1))

pairs = [("kitten", "sitting"), ("colour", "color"), ("analyse", "analyze"), ("abc", "xyz")]
for a, b in pairs:
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    print(f"{a} vs {b}: {ratio:.3f}")

old = ["name,qty", "apple,3", "banana,5", "cherry,7"]
new = ["name,qty", "apple,4", "banana,5", "date,1", "cherry,7"]
for line in difflib.unified_diff(old, new, "before.csv", "after.csv", lineterm=""):
    print(line)
