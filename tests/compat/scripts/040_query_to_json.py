import json

res = read_only_sql_query("shop", """
    SELECT c.id AS customer_id, c.name, c.country, o.id AS order_id, o.order_date, o.status
    FROM customers c JOIN orders o ON o.customer_id = c.id
    WHERE c.id IN (1, 2, 3)
    ORDER BY c.id, o.order_date, o.id
""")

customers = {}
for row in res["rows"]:
    rec = dict(zip(res["columns"], row))
    cust = customers.setdefault(rec["customer_id"], {
        "id": rec["customer_id"], "name": rec["name"], "country": rec["country"], "orders": []})
    cust["orders"].append({"id": rec["order_id"], "date": rec["order_date"], "status": rec["status"]})

payload = {"generated_for": "customers 1-3", "customers": list(customers.values())}
for c in payload["customers"]:
    c["order_count"] = len(c["orders"])
    c["orders"] = c["orders"][:3]

print(json.dumps(payload, indent=2, ensure_ascii=False))
