import calendar
from datetime import date

friday13 = []
for year in range(2024, 2027):
    for month in range(1, 13):
        if date(year, month, 13).weekday() == calendar.FRIDAY:
            friday13.append(f"{calendar.month_abbr[month]} {year}")
print("Friday the 13th:", ", ".join(friday13))

# Thanksgiving (4th Thursday of November)
for year in (2023, 2024, 2025):
    thursdays = [d for d in calendar.Calendar().itermonthdates(year, 11)
                 if d.month == 11 and d.weekday() == calendar.THURSDAY]
    print(f"Thanksgiving {year}: {thursdays[3]:%B %d}")

# days per weekday in 2024
counts = [0] * 7
for month in range(1, 13):
    for week in calendar.monthcalendar(2024, month):
        for i, d in enumerate(week):
            if d:
                counts[i] += 1
print(dict(zip(calendar.day_abbr, counts)))
print("days in 2024:", sum(counts), "| leap:", calendar.isleap(2024))
print(calendar.month_name[date(2024, 10, 5).month], calendar.day_name[date(2024, 10, 5).weekday()])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 6).splitlines()[1])
