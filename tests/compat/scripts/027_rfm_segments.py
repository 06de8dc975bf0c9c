from datetime import date

AS_OF = date(2024, 7, 1)
res = read_only_sql_query("shop", """
    SELECT o.customer_id, MAX(o.order_date), COUNT(DISTINCT o.id), SUM(oi.quantity * oi.unit_price_cents)
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status IN ('delivered', 'shipped', 'paid')
    GROUP BY o.customer_id
""")

customers = []
for cid, last, freq, cents in res["rows"]:
    recency = (AS_OF - date.fromisoformat(last)).days
    customers.append({"id": cid, "recency": recency, "frequency": freq, "monetary": cents / 100})


def score(value, cuts, reverse=False):
    s = 1 + sum(1 for c in cuts if value > c)
    return 5 - s + 1 if reverse else s


for c in customers:
    c["R"] = score(c["recency"], [30, 90, 180, 365], reverse=True)
    c["F"] = score(c["frequency"], [1, 2, 4, 8])
    c["M"] = score(c["monetary"], [50, 150, 400, 1000])

def segment(c):
    if c["R"] >= 4 and c["F"] >= 4:
        return "Champions"
    if c["R"] >= 3 and c["F"] >= 3:
        return "Loyal"
    if c["R"] >= 4:
        return "New / Promising"
    if c["F"] >= 3:
        return "At risk"
    return "Hibernating"

segments = {}
for c in customers:
    segments.setdefault(segment(c), []).append(c)

for name in ["Champions", "Loyal", "New / Promising", "At risk", "Hibernating"]:
    group = segments.get(name, [])
    if not group:
        continue
    avg_m = sum(c["monetary"] for c in group) / len(group)
    avg_r = sum(c["recency"] for c in group) / len(group)
    print(f"{name:<16} {len(group):>4} customers  avg spend {avg_m:>8.2f}  avg recency {avg_r:>6.1f} days")
