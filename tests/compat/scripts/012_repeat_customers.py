res = read_only_sql_query("shop", """
    SELECT customer_id, COUNT(*) AS n_orders
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY customer_id
""")
order_counts = [n for _, n in res["rows"]]
total_customers = read_only_sql_query("shop", "SELECT COUNT(*) FROM customers")["rows"][0][0]

buyers = len(order_counts)
repeat = sum(1 for n in order_counts if n > 1)
print(f"Customers: {total_customers}")
print(f"Buyers: {buyers} ({buyers / total_customers:.1%} of customers)")
print(f"Repeat buyers: {repeat} ({repeat / buyers:.1%} of buyers)")
print(f"Avg orders per buyer: {sum(order_counts) / buyers:.2f}")

dist = {}
for n in order_counts:
    key = n if n < 10 else "10+"
    dist[key] = dist.get(key, 0) + 1
print("\nOrders per buyer:")
for key in list(range(1, 10)) + ["10+"]:
    if key in dist:
        print(f"  {str(key):>3}: {dist[key]}")
