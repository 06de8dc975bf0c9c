import textwrap

res = read_only_sql_query("shop", """
    SELECT p.category, COUNT(DISTINCT oi.order_id) AS orders, SUM(oi.quantity) AS units,
           SUM(oi.quantity * oi.unit_price_cents) / 100.0 AS revenue,
           (SELECT name FROM products p2 WHERE p2.category = p.category ORDER BY price_cents DESC LIMIT 1) AS flagship
    FROM order_items oi JOIN products p ON p.id = oi.product_id
    GROUP BY p.category ORDER BY revenue DESC
""")
rows = [dict(zip(res["columns"], r)) for r in res["rows"]]
total = sum(r["revenue"] for r in rows)

paragraphs = []
for i, r in enumerate(rows):
    position = "the leading category" if i == 0 else f"number {i + 1} by revenue"
    paragraphs.append(
        f"{r['category']} is {position}, bringing in ${r['revenue']:,.2f} "
        f"({r['revenue'] / total:.1%} of sales) from {r['units']:,} units across {r['orders']:,} orders. "
        f"Its most expensive product is the {r['flagship']}, and the average order line is worth "
        f"${r['revenue'] / r['units']:.2f} per unit."
    )

print("CATEGORY REVIEW".center(72, "="))
for p in paragraphs:
    print(textwrap.fill(p, width=72, initial_indent="  ", subsequent_indent="  "))
    print()
print(textwrap.shorten("In short: " + "; ".join(f"{r['category']} {r['revenue'] / total:.0%}" for r in rows), width=72))
