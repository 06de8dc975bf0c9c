checks = {
    "customers with empty name": "SELECT COUNT(*) FROM customers WHERE name IS NULL OR trim(name) = ''",
    "duplicate emails": "SELECT COUNT(*) FROM (SELECT email FROM customers GROUP BY email HAVING COUNT(*) > 1)",
    "orders without items": "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)",
    "items with unknown product": "SELECT COUNT(*) FROM order_items i LEFT JOIN products p ON p.id = i.product_id WHERE p.id IS NULL",
    "orders before signup": "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_date < c.signup_date",
    "non-positive prices": "SELECT COUNT(*) FROM products WHERE price_cents <= 0",
    "malformed dates": "SELECT COUNT(*) FROM orders WHERE order_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
    "products without image": "SELECT COUNT(*) FROM products p LEFT JOIN product_images i ON i.product_id = p.id WHERE i.product_id IS NULL",
}

failures = 0
for label, sql in checks.items():
    res = read_only_sql_query("shop", sql)
    if "error" in res:
        print(f"[ERROR] {label}: {res['error']}")
        failures += 1
        continue
    n = res["rows"][0][0]
    status = "OK  " if n == 0 else "WARN"
    if n:
        failures += 1
    print(f"[{status}] {label:<28} {n}")

print(f"\n{len(checks) - failures}/{len(checks)} checks passed")
