from datetime import date

res = read_only_sql_query("shop", """
    SELECT c.id, c.signup_date, MIN(o.order_date) AS first_order
    FROM customers c JOIN orders o ON o.customer_id = c.id
    GROUP BY c.id
    ORDER BY c.id
""")

gaps = []
for cid, signup, first in res["rows"]:
    d = (date.fromisoformat(first) - date.fromisoformat(signup)).days
    gaps.append((cid, d))

days = sorted(d for _, d in gaps)
n = len(days)
print(f"customers with an order: {n}")
print(f"same-day first orders: {sum(1 for d in days if d == 0)}")
print(f"mean days to first order: {sum(days) / n:.1f}")
print(f"median: {days[n // 2]}")
print(f"90th percentile: {days[int(n * 0.9)]}")

ranges = [(0, 7), (7, 30), (30, 90), (90, 365), (365, 10_000)]
for lo, hi in ranges:
    k = sum(1 for d in days if lo <= d < hi)
    label = f"{lo}-{hi - 1} days" if hi < 10_000 else f"{lo}+ days"
    print(f"  {label:<14} {k:>4} ({k / n:.0%})")
slowest = max(gaps, key=lambda g: (g[1], -g[0]))
print("slowest customer:", slowest)
