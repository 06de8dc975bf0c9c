result = read_only_sql_query("shop", """
    SELECT c.id, c.name, c.country, c.signup_date,
           COUNT(DISTINCT o.id) AS orders,
           SUM(oi.quantity * oi.unit_price_cents) AS spent
    FROM customers c
    JOIN orders o ON o.customer_id = c.id AND o.status = 'delivered'
    JOIN order_items oi ON oi.order_id = o.id
    GROUP BY c.id
    ORDER BY spent DESC, c.id
    LIMIT 10
""")
if "error" in result:
    print("ERROR:", result["error"])
else:
    print("Top 10 customers by lifetime value\n")
    for i, (cid, name, country, signup, n, spent) in enumerate(result["rows"], 1):
        print(f"{i:>2} | {name:<20} | {country:<14} | since {signup} | {n:>3} orders | {spent / 100:>10,.2f}")
    spent_total = sum(r[5] for r in result["rows"]) / 100
    print(f"\nCombined: {spent_total:,.2f}; average {spent_total / len(result['rows']):,.2f} per top customer")
