from datetime import date
from collections import Counter

AS_OF = date(2024, 6, 30)
res = read_only_sql_query("shop", """
    SELECT c.id, c.country, c.signup_date, MAX(o.order_date) AS last_order, COUNT(o.id) AS n
    FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status != 'cancelled'
    GROUP BY c.id
""")

def bucket(days):
    if days is None:
        return "never ordered"
    if days <= 90:
        return "active (<=90d)"
    if days <= 180:
        return "cooling (91-180d)"
    if days <= 365:
        return "at risk (181-365d)"
    return "churned (>365d)"

buckets = Counter()
churned_by_country = Counter()
customers_by_country = Counter()
for cid, country, signup, last, n in res["rows"]:
    days = (AS_OF - date.fromisoformat(last)).days if last else None
    b = bucket(days)
    buckets[b] += 1
    customers_by_country[country] += 1
    if b.startswith("churned"):
        churned_by_country[country] += 1

total = sum(buckets.values())
order = ["active (<=90d)", "cooling (91-180d)", "at risk (181-365d)", "churned (>365d)", "never ordered"]
for b in order:
    print(f"{b:<20} {buckets[b]:>4} {buckets[b] / total:>7.1%}")
print("\nHighest churn share (countries with 10+ customers):")
rates = [(churned_by_country[c] / n, c) for c, n in customers_by_country.items() if n >= 10]
for rate, c in sorted(rates, key=lambda t: (-t[0], t[1]))[:5]:
    print(f"  {c:<15} {rate:.0%}")
