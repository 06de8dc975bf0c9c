from datetime import date, timedelta

start = date(2024, 1, 15)
print("start:", start)
print("+30 days:", start + timedelta(days=30))
print("-1 week:", start - timedelta(weeks=1))
print("+90 days:", start + timedelta(days=90))

deadline = date(2024, 3, 31)
remaining = deadline - start
print(f"days until deadline: {remaining.days}")
print(f"weeks until deadline: {remaining.days // 7} weeks and {remaining.days % 7} days")
print("type of difference:", type(remaining).__name__)
print("repr:", repr(remaining))

# leap year check across February
feb28 = date(2024, 2, 28)
print(feb28 + timedelta(days=1), feb28 + timedelta(days=2))
print(date(2023, 2, 28) + timedelta(days=1))

dates = [date(2024, 5, 1), date(2023, 12, 25), date(2024, 2, 29), date(2023, 7, 4)]
print("sorted:", [d.isoformat() for d in sorted(dates)])
print("earliest:", min(dates), "latest:", max(dates))
print("span:", max(dates) - min(dates))
print("replace year:", date(2024, 2, 29).replace(day=28).replace(year=2025))
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).toordinal())
