import calendar

print(calendar.month(2024, 2))
print("leap years 2000-2030:", [y for y in range(2000, 2031) if calendar.isleap(y)])
print("leapdays(2000, 2030):", calendar.leapdays(2000, 2030))

for month in (1, 2, 4, 12):
    first_weekday, days = calendar.monthrange(2024, month)
    print(f"{calendar.month_name[month]:<9} starts on {calendar.day_name[first_weekday]:<9} and has {days} days")

print(calendar.weekday(2024, 7, 4), calendar.day_abbr[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_abbr)[1:])

cal = calendar.Calendar(firstweekday=calendar.MONDAY)
weeks = cal.monthdayscalendar(2024, 3)
print("weeks in March 2024:", len(weeks))
for week in weeks:
    print(" ".join(f"{d:2d}" if d else "  " for d in week))

fridays = [d for d in cal.itermonthdates(2024, 9) if d.weekday() == calendar.FRIDAY and d.month == 9]
print("Fridays in Sep 2024:", [d.day for d in fridays])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
