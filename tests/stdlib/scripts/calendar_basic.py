import calendar
from datetime import date

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023), calendar.isleap(2024))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1901), calendar.leapdays(2024, 2000))
for y, m in [(2024, 1), (2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.weekday(2024, 1, 5), calendar.weekday(1970, 1, 1), calendar.weekday(2000, 2, 29))
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(0, 1, 1), calendar.weekday(10000, 1, 1))
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(calendar.day_name[calendar.weekday(2024, 1, 5)], calendar.day_abbr[0])

# names: indexable like CPython's, with an empty name at index 0 for months
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[0] == '', len(calendar.month_name), len(calendar.day_abbr),
      calendar.month_name[12], calendar.month_abbr[-1], calendar.month_abbr[1:4])
print('March' in calendar.month_name, list(calendar.month_abbr).index('Mar'))
print({name: num for num, name in enumerate(calendar.month_abbr) if num}['Sep'])

# month grids
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.monthcalendar(2023, 10))

# timegm is the inverse of gmtime, without time zones
for t in [(1970, 1, 1, 0, 0, 0), (2024, 3, 5, 10, 20, 30), (1969, 12, 31, 23, 59, 59),
          (2024, 1, 32, 0, 0, 0), (2024, 2, 29, 12, 0, 0, 3, 60, 0)]:
    print(calendar.timegm(t))
print(calendar.timegm(date(2024, 1, 5).timetuple()))

# last day of month, a common use
print([calendar.monthrange(2024, m)[1] for m in range(1, 13)])
print(date(2024, 2, calendar.monthrange(2024, 2)[1]))

# Calendar iteration
cal = calendar.Calendar()
print(list(cal.iterweekdays()), list(calendar.Calendar(6).iterweekdays()))
print([str(d) for d in cal.itermonthdates(2024, 2)][:8])
print(list(cal.itermonthdays(2024, 2))[:10])
print(list(cal.itermonthdays2(2024, 2))[:4])
print(list(cal.itermonthdays3(2024, 12))[-5:])
print(list(cal.itermonthdays4(2024, 1))[:3])
print([[str(d) for d in w] for w in cal.monthdatescalendar(2024, 3)][0])
print(cal.monthdays2calendar(2024, 3)[-1])
print(calendar.Calendar(calendar.SUNDAY).monthdayscalendar(2024, 3))
print(cal.firstweekday, calendar.Calendar(8).firstweekday)
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)), cal.yeardayscalendar(2024, 4)[0][1][0])
print(cal.yeardays2calendar(2024, 2)[5][1][-1])
print([str(d) for d in cal.yeardatescalendar(2024, 6)[1][5][-1]])

# first weekday setting
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
calendar.setfirstweekday(calendar.MONDAY)

def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

err(lambda: calendar.monthrange(2024, 13))
err(lambda: calendar.monthrange(2024, 0))
err(lambda: calendar.monthcalendar(2024, 13))
err(lambda: calendar.weekday(2024, 13, 1))
err(lambda: calendar.weekday(2023, 2, 29))
err(lambda: calendar.setfirstweekday(7))
err(lambda: calendar.month(2024, 13))
