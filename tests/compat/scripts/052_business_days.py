from datetime import date, timedelta

HOLIDAYS = {date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 1), date(2024, 12, 25), date(2024, 12, 26)}


def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def business_days_between(start, end):
    """Count business days in [start, end)."""
    n = 0
    d = start
    while d < end:
        if is_business_day(d):
            n += 1
        d += timedelta(days=1)
    return n


def add_business_days(start, days):
    d = start
    while days > 0:
        d += timedelta(days=1)
        if is_business_day(d):
            days -= 1
    return d


print("business days in 2024:", business_days_between(date(2024, 1, 1), date(2025, 1, 1)))
for month in range(1, 13):
    first = date(2024, month, 1)
    nxt = date(2024 + month // 12, month % 12 + 1, 1)
    print(f"  {first:%b}: {business_days_between(first, nxt)}")

for start, n in [(date(2024, 3, 27), 3), (date(2024, 12, 20), 5), (date(2024, 6, 7), 10)]:
    due = add_business_days(start, n)
    print(f"{start} ({start:%a}) + {n} business days = {due} ({due:%a})")
