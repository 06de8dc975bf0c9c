from itertools import combinations
from collections import Counter

res = read_only_sql_query("shop", """
    SELECT oi.order_id, p.name
    FROM order_items oi JOIN products p ON p.id = oi.product_id
    WHERE oi.order_id <= 400
    ORDER BY oi.order_id, p.name
""")
print("rows:", len(res["rows"]), "truncated:", res["truncated"])

baskets = {}
for order_id, name in res["rows"]:
    baskets.setdefault(order_id, []).append(name)

pairs = Counter()
for items in baskets.values():
    for a, b in combinations(sorted(items), 2):
        pairs[(a, b)] += 1

print(f"{len(baskets)} baskets, {sum(1 for b in baskets.values() if len(b) > 1)} with 2+ products")
print("Most frequent pairs:")
for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"  {n}x  {a} + {b}")
