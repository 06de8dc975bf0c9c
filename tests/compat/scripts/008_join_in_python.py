customers = read_only_sql_query("shop", "SELECT id, name, country FROM customers")
orders = read_only_sql_query("shop", "SELECT id, customer_id, status FROM orders WHERE order_date >= '2024-06-01'")

cust_by_id = {row[0]: {"name": row[1], "country": row[2]} for row in customers["rows"]}
print(f"loaded {len(cust_by_id)} customers, {len(orders['rows'])} recent orders")

joined = []
for oid, cid, status in orders["rows"]:
    c = cust_by_id.get(cid)
    if c is None:
        print("orphan order", oid)
        continue
    joined.append((oid, c["name"], c["country"], status))

joined.sort(key=lambda t: (t[2], t[0]))
current = None
for oid, name, country, status in joined:
    if country != current:
        current = country
        print(f"\n{country}")
    print(f"  #{oid:<5} {name:<22} {status}")

per_country = {}
for _, _, country, _ in joined:
    per_country[country] = per_country.get(country, 0) + 1
top = sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("\nMost active countries in June 2024:", top)
