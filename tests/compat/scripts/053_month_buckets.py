from datetime import date
from collections import defaultdict

events = [
    ("2024-01-03", 120.0), ("2024-01-17", 80.5), ("2024-01-31", 42.0),
    ("2024-02-01", 99.9), ("2024-02-29", 10.0), ("2024-03-15", 300.0),
    ("2024-03-16", 12.25), ("2024-05-05", 55.0), ("2024-05-20", 45.0),
    ("2023-12-31", 70.0),
]

by_month = defaultdict(list)
for ds, amount in events:
    d = date.fromisoformat(ds)
    by_month[(d.year, d.month)].append(amount)

# fill gaps so months with no events still show up
keys = sorted(by_month)
(y, m), last = keys[0], keys[-1]
print(f"{'month':<9}{'n':>3}{'total':>10}")
while (y, m) <= last:
    values = by_month.get((y, m), [])
    label = date(y, m, 1).strftime("%Y-%m")
    print(f"{label:<9}{len(values):>3}{sum(values):>10.2f}")
    m += 1
    if m == 13:
        y, m = y + 1, 1

week_buckets = defaultdict(float)
for ds, amount in events:
    iso = date.fromisoformat(ds).isocalendar()
    week_buckets[f"{iso[0]}-W{iso[1]:02d}"] += amount
print(dict(sorted(week_buckets.items())))
