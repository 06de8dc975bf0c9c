countries = ["France", "Germany", "Japan", "Brazil"]

print("Customers and delivered orders per country (named parameters):")
for country in countries:
    res = read_only_sql_query(
        "shop",
        """SELECT COUNT(DISTINCT c.id), COUNT(o.id)
           FROM customers c LEFT JOIN orders o
             ON o.customer_id = c.id AND o.status = :status
           WHERE c.country = :country""",
        {"country": country, "status": "delivered"},
    )
    n_customers, n_orders = res["rows"][0]
    print(f"  {country:<8} customers={n_customers:<3} orders={n_orders}")

print("\nSame with positional parameters, one query:")
placeholders = ", ".join("?" for _ in countries)
res = read_only_sql_query(
    "shop",
    f"SELECT country, city, COUNT(*) FROM customers WHERE country IN ({placeholders}) "
    "GROUP BY country, city ORDER BY country, city",
    countries,
)
for country, city, n in res["rows"]:
    print(f"  {country} / {city}: {n}")

date_range = ("2024-01-01", "2024-01-31")
res = read_only_sql_query(
    "shop", "SELECT COUNT(*) FROM orders WHERE order_date BETWEEN ? AND ?", list(date_range))
print(f"\nOrders between {date_range[0]} and {date_range[1]}: {res['rows'][0][0]}")
