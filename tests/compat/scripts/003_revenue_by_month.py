query = """
SELECT substr(o.order_date, 1, 7) AS month,
       SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents,
       COUNT(DISTINCT o.id) AS orders
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
WHERE o.status NOT IN ('cancelled', 'refunded')
  AND o.order_date >= '2023-01-01' AND o.order_date < '2024-01-01'
GROUP BY month
ORDER BY month
"""
result = read_only_sql_query("shop", query)
if "error" in result:
    raise SystemExit(result["error"])

print("Monthly revenue, 2023")
print(f"{'Month':<10}{'Orders':>8}{'Revenue':>14}{'Avg order':>12}")
total_rev = 0
total_orders = 0
for month, cents, n in result["rows"]:
    revenue = cents / 100
    total_rev += revenue
    total_orders += n
    print(f"{month:<10}{n:>8}{revenue:>14,.2f}{revenue / n:>12,.2f}")
print("-" * 44)
print(f"{'Total':<10}{total_orders:>8}{total_rev:>14,.2f}{total_rev / total_orders:>12,.2f}")
best = max(result["rows"], key=lambda r: r[1])
print(f"\nBest month: {best[0]} with ${best[1] / 100:,.2f}")
