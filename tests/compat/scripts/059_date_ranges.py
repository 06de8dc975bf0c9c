from datetime import date, timedelta


def daterange(start, end, step=timedelta(days=1)):
    current = start
    while current <= end:
        yield current
        current += step


start, end = date(2024, 2, 1), date(2024, 3, 31)
mondays = [d for d in daterange(start, end) if d.weekday() == 0]
print("Mondays:", [d.strftime("%m/%d") for d in mondays])

weekends = sum(1 for d in daterange(start, end) if d.weekday() >= 5)
print("weekend days:", weekends)

fortnightly = list(daterange(date(2024, 1, 5), date(2024, 6, 30), timedelta(weeks=2)))
print("paydays:", len(fortnightly), fortnightly[0], "...", fortnightly[-1])

first_of_months = [d for d in daterange(date(2023, 11, 1), date(2024, 4, 30)) if d.day == 1]
print("month starts:", ", ".join(d.strftime("%b %Y") for d in first_of_months))

# last Friday of each month in 2024
for month in range(1, 13):
    d = date(2024, month % 12 + 1, 1) if month < 12 else date(2025, 1, 1)
    d -= timedelta(days=1)
    while d.weekday() != 4:
        d -= timedelta(days=1)
    print(f"{d:%B}: {d.day}", end="; " if month < 12 else "\n")
