# Top 10 products by revenue, with units sold
result = read_only_sql_query(
    "shop",
    """
    SELECT p.id, p.name, p.category,
           SUM(oi.quantity) AS units,
           SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
    FROM order_items oi
    JOIN products p ON p.id = oi.product_id
    JOIN orders o ON o.id = oi.order_id
    WHERE o.status IN ('delivered', 'shipped', 'paid')
    GROUP BY p.id
    ORDER BY revenue_cents DESC, p.id
    LIMIT 10
    """,
)

columns = result["columns"]
products = [dict(zip(columns, row)) for row in result["rows"]]

for rank, p in enumerate(products, start=1):
    revenue = p["revenue_cents"] / 100
    print(f"{rank:>2}. {p['name']} [{p['category']}] - {p['units']} units, ${revenue:,.2f}")

top3 = sum(p["revenue_cents"] for p in products[:3])
top10 = sum(p["revenue_cents"] for p in products)
print(f"\nTop 3 account for {top3 / top10 * 100:.1f}% of top-10 revenue")
