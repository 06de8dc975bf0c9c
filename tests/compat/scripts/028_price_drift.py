# Orders store the price paid; compare with today's list price.
res = read_only_sql_query("shop", """
    SELECT substr(o.order_date, 1, 4) AS year,
           SUM(oi.quantity * p.price_cents) AS list_cents,
           SUM(oi.quantity * oi.unit_price_cents) AS paid_cents
    FROM order_items oi
    JOIN orders o ON o.id = oi.order_id
    JOIN products p ON p.id = oi.product_id
    GROUP BY year ORDER BY year
""")
print(f"{'Year':<6}{'List value':>14}{'Paid':>14}{'Discount':>10}")
for year, list_c, paid_c in res["rows"]:
    disc = 1 - paid_c / list_c
    print(f"{year:<6}{list_c / 100:>14,.2f}{paid_c / 100:>14,.2f}{disc:>10.2%}")

res = read_only_sql_query("shop", """
    SELECT p.name, p.price_cents, MIN(oi.unit_price_cents), MAX(oi.unit_price_cents), COUNT(*)
    FROM order_items oi JOIN products p ON p.id = oi.product_id
    GROUP BY p.id
    HAVING COUNT(*) >= 50
    ORDER BY (p.price_cents - MIN(oi.unit_price_cents)) * 1.0 / p.price_cents DESC, p.id
    LIMIT 5
""")
print("\nWidest price ranges (products with 50+ sales lines):")
for name, price, lo, hi, n in res["rows"]:
    print(f"  {name}: list {price / 100:.2f}, paid {lo / 100:.2f}..{hi / 100:.2f} over {n} lines")
