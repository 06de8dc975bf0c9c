sql = """
SELECT c.country,
       COUNT(DISTINCT c.id) AS customers,
       COUNT(DISTINCT o.id) AS orders,
       SUM(oi.quantity * oi.unit_price_cents) / 100.0 AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.id
JOIN order_items oi ON oi.order_id = o.id
WHERE o.status = 'delivered'
GROUP BY c.country
ORDER BY revenue DESC, c.country
"""
res = read_only_sql_query("shop", sql)
rows = [dict(zip(res["columns"], r)) for r in res["rows"]]

grand_total = sum(r["revenue"] for r in rows)
print(f"Delivered revenue by country ({len(rows)} countries)\n")
header = f"{'Country':<16} {'Cust':>5} {'Orders':>7} {'Revenue':>12} {'Share':>7}"
print(header)
print("=" * len(header))
for r in rows:
    share = r["revenue"] / grand_total
    print(f"{r['country']:<16} {r['customers']:>5} {r['orders']:>7} {r['revenue']:>12,.2f} {share:>7.1%}")
print("=" * len(header))
print(f"{'TOTAL':<16} {'':>5} {sum(r['orders'] for r in rows):>7} {grand_total:>12,.2f} {1:>7.1%}")
