res = read_only_sql_query("shop", """
    SELECT p.category,
           SUM(CASE WHEN o.status = 'refunded' THEN oi.quantity * oi.unit_price_cents ELSE 0 END) AS refunded,
           SUM(oi.quantity * oi.unit_price_cents) AS gross
    FROM order_items oi
    JOIN orders o ON o.id = oi.order_id
    JOIN products p ON p.id = oi.product_id
    GROUP BY p.category
    ORDER BY p.category
""")
rows = [{"category": c, "refunded": r / 100, "gross": g / 100} for c, r, g in res["rows"]]
for row in rows:
    row["rate"] = row["refunded"] / row["gross"] if row["gross"] else 0.0

print("Refunds by category")
for row in sorted(rows, key=lambda r: r["rate"], reverse=True):
    print("  {category:<12} refunded {refunded:>9,.2f} of {gross:>10,.2f} = {rate:.2%}".format(**row))

total_ref = sum(r["refunded"] for r in rows)
total_gross = sum(r["gross"] for r in rows)
print("Overall: %.2f refunded of %.2f (%.2f%%)" % (total_ref, total_gross, 100 * total_ref / total_gross))
