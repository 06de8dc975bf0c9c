sql = """
SELECT CAST(substr(o.order_date, 1, 4) AS INTEGER) AS year,
       (CAST(substr(o.order_date, 6, 2) AS INTEGER) + 2) / 3 AS quarter,
       SUM(oi.quantity * oi.unit_price_cents) AS cents
FROM orders o JOIN order_items oi ON oi.order_id = o.id
WHERE o.status NOT IN ('cancelled', 'refunded')
GROUP BY year, quarter
"""
result = read_only_sql_query("shop", sql)

pivot = {}
for year, quarter, cents in result["rows"]:
    pivot.setdefault(year, {})[quarter] = cents / 100

years = sorted(pivot)
print(f"{'Year':<6}" + "".join(f"{'Q' + str(q):>12}" for q in range(1, 5)) + f"{'Total':>14}")
for year in years:
    row = pivot[year]
    cells = "".join(f"{row.get(q, 0):>12,.0f}" for q in range(1, 5))
    print(f"{year:<6}{cells}{sum(row.values()):>14,.0f}")

col_totals = [sum(pivot[y].get(q, 0) for y in years) for q in range(1, 5)]
print(f"{'All':<6}" + "".join(f"{t:>12,.0f}" for t in col_totals) + f"{sum(col_totals):>14,.0f}")
