res = read_only_sql_query("shop", """
    SELECT substr(o.order_date, 1, 7) AS ym, SUM(oi.quantity * oi.unit_price_cents) AS cents
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status = 'delivered' AND o.order_date >= '2023-07-01'
    GROUP BY ym ORDER BY ym
""")

running = 0
peak = 0
print(f"{'Month':<8} {'Revenue':>10} {'Cumulative':>12} {'MoM':>8}")
prev = None
for ym, cents in res["rows"]:
    amount = cents / 100
    running += amount
    mom = "" if prev is None else f"{(amount - prev) / prev:+.0%}"
    print(f"{ym:<8} {amount:>10,.2f} {running:>12,.2f} {mom:>8}")
    peak = max(peak, amount)
    prev = amount
print(f"\nPeak month revenue: {peak:,.2f}")
print(f"Average per month: {running / len(res['rows']):,.2f}")
