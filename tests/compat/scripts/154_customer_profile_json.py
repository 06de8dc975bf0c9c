import json
from datetime import date

CUSTOMER_ID = 7


def q(sql, params=None):
    r = read_only_sql_query("shop", sql, params)
    if "error" in r:
        raise RuntimeError(r["error"])
    return [dict(zip(r["columns"], row)) for row in r["rows"]]


cust = q("SELECT * FROM customers WHERE id = ?", [CUSTOMER_ID])[0]
orders = q("""
    SELECT o.id, o.order_date, o.status, SUM(oi.quantity * oi.unit_price_cents) AS cents,
           GROUP_CONCAT(p.name, '; ') AS products
    FROM orders o JOIN order_items oi ON oi.order_id = o.id JOIN products p ON p.id = oi.product_id
    WHERE o.customer_id = :cid
    GROUP BY o.id ORDER BY o.order_date, o.id
""", {"cid": CUSTOMER_ID})

as_of = date(2024, 7, 1)
signup = date.fromisoformat(cust["signup_date"])
profile = {
    "customer": {k: cust[k] for k in ("id", "name", "city", "country")},
    "tenure_days": (as_of - signup).days,
    "orders": len(orders),
    "lifetime_value": round(sum(o["cents"] for o in orders if o["status"] != "cancelled") / 100, 2),
    "statuses": {},
    "last_order": orders[-1]["order_date"] if orders else None,
    "recent": [{"id": o["id"], "date": o["order_date"], "total": o["cents"] / 100,
                "items": sorted(o["products"].split("; "))} for o in orders[-2:]],
}
for o in orders:
    profile["statuses"][o["status"]] = profile["statuses"].get(o["status"], 0) + 1
print(json.dumps(profile, indent=2, ensure_ascii=False, sort_keys=True))
