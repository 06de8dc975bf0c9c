res = read_only_sql_query("shop", """
    SELECT p.category, oi.quantity, oi.unit_price_cents
    FROM order_items oi
    JOIN products p ON p.id = oi.product_id
    JOIN orders o ON o.id = oi.order_id
    WHERE o.status != 'cancelled'
""")
print("rows fetched:", len(res["rows"]), "truncated:", res["truncated"])

# The raw rows are capped, so aggregate in SQL instead
res = read_only_sql_query("shop", """
    SELECT p.category,
           SUM(oi.quantity) AS units,
           SUM(oi.quantity * oi.unit_price_cents) AS cents
    FROM order_items oi
    JOIN products p ON p.id = oi.product_id
    JOIN orders o ON o.id = oi.order_id
    WHERE o.status != 'cancelled'
    GROUP BY p.category
""")
data = {cat: {"units": u, "revenue": c / 100} for cat, u, c in res["rows"]}
total = sum(d["revenue"] for d in data.values())

print()
for cat, d in sorted(data.items(), key=lambda kv: -kv[1]["revenue"]):
    pct = d["revenue"] / total * 100
    bar = "#" * round(pct / 2)
    print(f"{cat:<12} {d['revenue']:>11,.2f} {pct:5.1f}% {bar}")
print(f"{'Total':<12} {total:>11,.2f}")
