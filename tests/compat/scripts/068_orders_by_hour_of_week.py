from datetime import date, timedelta

res = read_only_sql_query("shop", "SELECT order_date, COUNT(*) FROM orders GROUP BY order_date ORDER BY order_date")
counts = {date.fromisoformat(d): n for d, n in res["rows"]}
first, last = min(counts), max(counts)
print(f"orders from {first} to {last} ({(last - first).days + 1} days)")

# longest gap without orders
days_sorted = sorted(counts)
gap, gap_start = max(((b - a).days, a) for a, b in zip(days_sorted, days_sorted[1:]))
print(f"longest gap: {gap} days after {gap_start:%d %b %Y}")

# busiest 7-day window
best = (0, None)
d = first
while d <= last - timedelta(days=6):
    total = sum(counts.get(d + timedelta(days=i), 0) for i in range(7))
    if total > best[0]:
        best = (total, d)
    d += timedelta(days=1)
print(f"busiest week: {best[1]} to {best[1] + timedelta(days=6)} with {best[0]} orders")

by_month_day = [0] * 32
for day, n in counts.items():
    by_month_day[day.day] += n
top_days = sorted(range(1, 32), key=lambda k: (-by_month_day[k], k))[:3]
print("busiest days of month:", top_days)
weekend = sum(n for day, n in counts.items() if day.weekday() >= 5)
print(f"weekend share: {weekend / sum(counts.values()):.1%}")
