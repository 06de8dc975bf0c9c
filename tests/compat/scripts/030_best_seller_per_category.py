res = read_only_sql_query("shop", """
    SELECT p.category, p.name, SUM(oi.quantity) AS units
    FROM order_items oi JOIN products p ON p.id = oi.product_id
    GROUP BY p.id
""")
rows = [dict(zip(res["columns"], r)) for r in res["rows"]]

best = {}
for r in rows:
    cur = best.get(r["category"])
    if cur is None or r["units"] > cur["units"] or (r["units"] == cur["units"] and r["name"] < cur["name"]):
        best[r["category"]] = r

worst = {}
for r in rows:
    cur = worst.get(r["category"])
    if cur is None or r["units"] < cur["units"] or (r["units"] == cur["units"] and r["name"] < cur["name"]):
        worst[r["category"]] = r

for cat in sorted(best):
    b, w = best[cat], worst[cat]
    print(f"{cat}:")
    print(f"    best  -> {b['name']} ({b['units']} units)")
    print(f"    worst -> {w['name']} ({w['units']} units)")
