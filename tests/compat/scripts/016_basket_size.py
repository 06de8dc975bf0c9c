res = read_only_sql_query("shop", """
    SELECT order_id, COUNT(*) AS lines, SUM(quantity) AS units
    FROM order_items GROUP BY order_id ORDER BY order_id
""")
print("orders with items:", len(res["rows"]), "| truncated:", res["truncated"])

lines_hist = {}
units = []
for order_id, lines, qty in res["rows"]:
    lines_hist[lines] = lines_hist.get(lines, 0) + 1
    units.append(qty)

print("\nDistinct products per order:")
for k in sorted(lines_hist):
    print(f"  {k} product(s): {lines_hist[k]:4d}")

units.sort()
n = len(units)
median = units[n // 2] if n % 2 else (units[n // 2 - 1] + units[n // 2]) / 2
print(f"\nUnits per order: min={units[0]} max={units[-1]} mean={sum(units) / n:.2f} median={median}")
big = [oid for oid, _, q in res["rows"] if q >= 15]
print(f"Orders with 15+ units: {len(big)}; first few: {big[:5]}")
