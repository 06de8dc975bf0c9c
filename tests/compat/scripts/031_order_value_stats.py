import statistics

res = read_only_sql_query("shop", """
    SELECT o.id, SUM(oi.quantity * oi.unit_price_cents) / 100.0 AS total
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status = 'delivered'
    GROUP BY o.id
    ORDER BY o.id
""")
values = [r[1] for r in res["rows"]]
print(f"n = {len(values)} (truncated: {res['truncated']})")
print(f"mean    = {statistics.mean(values):.2f}")
print(f"median  = {statistics.median(values):.2f}")
print(f"stdev   = {statistics.stdev(values):.2f}")
print(f"min/max = {min(values):.2f} / {max(values):.2f}")
q = statistics.quantiles(values, n=4)
print(f"quartiles = {[round(x, 2) for x in q]}")
iqr = q[2] - q[0]
upper = q[2] + 1.5 * iqr
outliers = [v for v in values if v > upper]
print(f"outliers above {upper:.2f}: {len(outliers)} ({len(outliers) / len(values):.1%})")
print(f"largest 5: {sorted(values, reverse=True)[:5]}")
