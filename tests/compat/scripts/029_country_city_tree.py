res = read_only_sql_query("shop", "SELECT country, city, signup_date FROM customers")

tree = {}
for country, city, signup in res["rows"]:
    cities = tree.setdefault(country, {})
    info = cities.setdefault(city, {"customers": 0, "first_signup": signup})
    info["customers"] += 1
    if signup < info["first_signup"]:
        info["first_signup"] = signup

for country in sorted(tree, key=lambda c: (-sum(v["customers"] for v in tree[c].values()), c)):
    cities = tree[country]
    total = sum(v["customers"] for v in cities.values())
    print(f"{country} ({total})")
    for city, info in sorted(cities.items()):
        print(f"    {city:<12} {info['customers']:>3} customers, first signup {info['first_signup']}")

multi = [c for c in tree if len(tree[c]) > 1]
print(f"\n{len(multi)} countries have customers in more than one city: {', '.join(sorted(multi))}")
