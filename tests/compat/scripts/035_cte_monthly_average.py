res = read_only_sql_query("shop", """
WITH monthly AS (
    SELECT substr(order_date, 1, 7) AS ym, COUNT(*) AS n
    FROM orders
    GROUP BY ym
),
stats AS (
    SELECT AVG(n) AS avg_n, MIN(n) AS min_n, MAX(n) AS max_n FROM monthly
)
SELECT m.ym, m.n, s.avg_n, m.n - s.avg_n AS diff
FROM monthly m, stats s
ORDER BY m.ym
""")
cols = res["columns"]
print(cols)
rows = res["rows"]
avg = rows[0][2]
print(f"{len(rows)} months, average {avg:.2f} orders/month")
above = [r for r in rows if r[3] > 0]
print(f"{len(above)} months above average")
for ym, n, _, diff in rows[-12:]:
    marker = "+" if diff > 0 else "-"
    print(f"{ym}  {n:>3}  {marker} {abs(diff):5.2f}")
