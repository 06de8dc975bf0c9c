def query(sql, params=None):
    """Run a query and return a list of dicts, raising on error."""
    res = read_only_sql_query("shop", sql, params)
    if "error" in res:
        raise RuntimeError(res["error"])
    if res.get("truncated"):
        print("warning: result truncated")
    return [dict(zip(res["columns"], row)) for row in res["rows"]]


orders = query("SELECT id, customer_id, order_date, status FROM orders WHERE order_date LIKE '2024-03%' ORDER BY id")
print(f"{len(orders)} orders in March 2024")
print("first:", orders[0])
print("last:", orders[-1])

totals = query("""
    SELECT order_id, SUM(quantity * unit_price_cents) AS cents
    FROM order_items
    WHERE order_id IN (SELECT id FROM orders WHERE order_date LIKE '2024-03%')
    GROUP BY order_id
""")
by_order = {t["order_id"]: t["cents"] for t in totals}

for o in orders:
    o["total"] = by_order.get(o["id"], 0) / 100

by_status = {}
for o in orders:
    by_status.setdefault(o["status"], []).append(o["total"])

for status in sorted(by_status):
    values = by_status[status]
    print(f"{status:>10}: n={len(values):2d} avg={sum(values) / len(values):8.2f} max={max(values):8.2f}")
