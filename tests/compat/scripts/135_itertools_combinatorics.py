from itertools import combinations, permutations, product, combinations_with_replacement

items = ["A", "B", "C", "D"]
print("combinations(4,2):", list(combinations(items, 2)))
print("count C(4,3):", len(list(combinations(items, 3))))
print("permutations(3,2):", ["".join(p) for p in permutations("XYZ", 2)])
print("product:", list(product([0, 1], repeat=3)))
print("sizes x colors:", [f"{s}-{c}" for s, c in product("SML", ["red", "blue"])])
print("with replacement:", list(combinations_with_replacement("ab", 2)))

# subset sum: which combinations of prices hit the budget exactly?
prices = {"mug": 12, "tea": 8, "cookies": 5, "kettle": 30, "filters": 4, "jam": 7}
budget = 25
hits = []
for r in range(1, len(prices) + 1):
    for combo in combinations(sorted(prices), r):
        if sum(prices[c] for c in combo) == budget:
            hits.append(combo)
print(f"{len(hits)} baskets cost exactly {budget}:")
for h in hits:
    print("  ", " + ".join(h))

# brute-force shortest round trip over 4 cities
dist = {("P", "B"): 878, ("P", "M"): 685, ("P", "R"): 1105, ("B", "M"): 504, ("B", "R"): 1181, ("M", "R"): 697}
d = lambda a, b: dist.get((a, b)) or dist[(b, a)]
best = min(permutations("BMR"), key=lambda route: sum(d(x, y) for x, y in zip(("P",) + route, route + ("P",))))
length = sum(d(x, y) for x, y in zip(("P",) + best, best + ("P",)))
print("best tour: P ->", " -> ".join(best), "-> P", length, "km")
