res = read_only_sql_query("shop", """
    SELECT substr(o.order_date, 1, 4) AS year,
           substr(o.order_date, 6, 2) AS month,
           SUM(oi.quantity * oi.unit_price_cents) AS cents
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status NOT IN ('cancelled', 'refunded')
    GROUP BY year, month
    ORDER BY year, month
""")
revenue = {}
for year, month, cents in res["rows"]:
    revenue[(int(year), int(month))] = cents / 100

# Compare the first half of each year
print("H1 revenue and year-over-year growth")
prev = None
for year in range(2021, 2025):
    h1 = sum(revenue.get((year, m), 0.0) for m in range(1, 7))
    if prev:
        growth = (h1 - prev) / prev
        print(f"{year}: {h1:>10,.2f}  {growth:+.1%}")
    else:
        print(f"{year}: {h1:>10,.2f}  {'n/a':>6}")
    prev = h1

months = "Jan Feb Mar Apr May Jun".split()
print("\nMonth-by-month 2024 vs 2023:")
for i, name in enumerate(months, 1):
    a, b = revenue.get((2023, i), 0), revenue.get((2024, i), 0)
    change = f"{(b - a) / a * 100:+6.1f}%" if a else "   new"
    print(f"  {name}: {a:>9,.2f} -> {b:>9,.2f} {change}")
