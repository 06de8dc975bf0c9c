from collections import defaultdict

def fetch(sql):
    res = read_only_sql_query("shop", sql)
    if "error" in res:
        raise RuntimeError(res["error"])
    return res["rows"]

orders = fetch("SELECT id, customer_id, substr(order_date, 1, 7), status FROM orders WHERE order_date >= '2023-07-01'")
lines = fetch("""SELECT oi.order_id, SUM(oi.quantity * oi.unit_price_cents) FROM order_items oi
                 JOIN orders o ON o.id = oi.order_id WHERE o.order_date >= '2023-07-01' GROUP BY oi.order_id""")
signups = fetch("SELECT substr(signup_date, 1, 7), COUNT(*) FROM customers GROUP BY 1")

order_value = dict(lines)
new_customers = dict(signups)
kpi = defaultdict(lambda: {"orders": 0, "revenue": 0, "customers": set(), "cancelled": 0})
for oid, cid, month, status in orders:
    k = kpi[month]
    k["orders"] += 1
    if status == "cancelled":
        k["cancelled"] += 1
        continue
    k["revenue"] += order_value.get(oid, 0)
    k["customers"].add(cid)

print(f"{'Month':<8}{'Orders':>7}{'Revenue':>11}{'AOV':>8}{'Buyers':>7}{'New':>5}{'Cancel':>8}{'Rev Δ':>8}")
prev = None
for month in sorted(kpi):
    k = kpi[month]
    rev = k["revenue"] / 100
    paid = k["orders"] - k["cancelled"]
    aov = rev / paid if paid else 0
    delta = f"{(rev - prev) / prev:+.0%}" if prev else "—"
    print(f"{month:<8}{k['orders']:>7}{rev:>11,.0f}{aov:>8.2f}{len(k['customers']):>7}"
          f"{new_customers.get(month, 0):>5}{k['cancelled'] / k['orders']:>8.1%}{delta:>8}")
    prev = rev
