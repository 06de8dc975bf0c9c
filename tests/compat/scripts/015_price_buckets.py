res = read_only_sql_query("shop", "SELECT name, price_cents FROM products")
prices = [(name, cents / 100) for name, cents in res["rows"]]

buckets = [(0, 10), (10, 20), (20, 30), (30, 50), (50, 100), (100, float("inf"))]
counts = {b: [] for b in buckets}
for name, price in prices:
    for lo, hi in buckets:
        if lo <= price < hi:
            counts[(lo, hi)].append(name)
            break

print("Price distribution")
for (lo, hi), names in counts.items():
    label = f"${lo}+" if hi == float("inf") else f"${lo}-{hi}"
    print(f"{label:>9}: {len(names):>3} {'*' * len(names)}")

cheapest = min(prices, key=lambda p: p[1])
priciest = max(prices, key=lambda p: p[1])
print(f"\nCheapest: {cheapest[0]} (${cheapest[1]:.2f})")
print(f"Most expensive: {priciest[0]} (${priciest[1]:.2f})")
print(f"Average price: ${sum(p for _, p in prices) / len(prices):.2f}")
