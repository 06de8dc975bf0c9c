THRESHOLD = 25

res = read_only_sql_query(
    "shop",
    "SELECT id, name, category, stock, price_cents FROM products WHERE stock < ? ORDER BY stock, id",
    [THRESHOLD],
)
rows = res["rows"]
print(f"{len(rows)} products below {THRESHOLD} units in stock:\n")
for pid, name, category, stock, price in rows:
    status = "OUT OF STOCK" if stock == 0 else ("critical" if stock < 10 else "low")
    print(f"  [{pid:>2}] {name:<30} {category:<12} stock={stock:<3} {status}")

# units sold in the last 90 days of data, to suggest reorder quantities
ids = [r[0] for r in rows]
placeholders = ",".join("?" * len(ids))
sales = read_only_sql_query(
    "shop",
    f"""SELECT oi.product_id, SUM(oi.quantity) FROM order_items oi
        JOIN orders o ON o.id = oi.order_id
        WHERE o.order_date >= '2024-04-01' AND oi.product_id IN ({placeholders})
        GROUP BY oi.product_id""",
    ids,
)
sold = dict(sales["rows"])
print("\nSuggested reorders (90-day sales x 2 minus stock):")
for pid, name, _, stock, _ in rows:
    need = max(0, sold.get(pid, 0) * 2 - stock)
    if need:
        print(f"  {name}: order {need}")
