sql = """
WITH product_sales AS (
    SELECT p.category, p.name, SUM(oi.quantity * oi.unit_price_cents) AS cents
    FROM order_items oi JOIN products p ON p.id = oi.product_id
    GROUP BY p.id
)
SELECT category, name, cents,
       RANK() OVER (PARTITION BY category ORDER BY cents DESC) AS rnk,
       ROUND(100.0 * cents / SUM(cents) OVER (PARTITION BY category), 1) AS pct_of_category
FROM product_sales
ORDER BY category, rnk, name
"""
res = read_only_sql_query("shop", sql)
if "error" in res:
    print(res["error"])
else:
    current = None
    for category, name, cents, rnk, pct in res["rows"]:
        if rnk > 3:
            continue
        if category != current:
            print(f"\n{category}")
            current = category
        print(f"  #{rnk} {name:<32} {cents / 100:>10,.2f}  {pct:>5}%")
