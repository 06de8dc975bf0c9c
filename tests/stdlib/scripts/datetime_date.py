from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime

d = date(2024, 1, 5)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat())
print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))

# weekday, ordinals, ISO calendar
for x in [date(2024, 1, 5), date(2024, 2, 29), date(2023, 1, 1), date(2020, 12, 31),
          date(2021, 1, 3), date(2019, 12, 30), date(1, 1, 1), date(9999, 12, 31),
          date(1900, 3, 1), date(2000, 2, 29)]:
    ic = x.isocalendar()
    print(x, x.weekday(), x.isoweekday(), x.toordinal(), tuple(ic), ic.year,
          ic.week, ic.weekday, repr(ic), x.ctime())
print(date.fromordinal(1), date.fromordinal(738890), date.fromordinal(3652059))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7),
      date.fromisocalendar(2015, 53, 1))
print(date(2024, 1, 5).isocalendar() == (2024, 1, 5))
y, w, wd = date(2024, 12, 30).isocalendar()
print(y, w, wd)

# arithmetic
print(d + timedelta(days=30), d - timedelta(days=5), timedelta(days=1) + d)
print(d + timedelta(hours=25), d - timedelta(hours=1), d + timedelta(seconds=-1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 1) - date(2025, 1, 1))
print((date(2024, 12, 25) - date(2024, 1, 5)).days)
print(date(2024, 1, 31) + timedelta(days=1), date(2023, 12, 31) + timedelta(1))

# replace
print(d.replace(day=31), d.replace(year=2025, month=2), d.replace())

# comparisons and hashing
days = [date(2024, 3, 1), date(2023, 12, 31), date(2024, 1, 5), date(2024, 1, 5)]
print(sorted(days), max(days), min(days))
print(d == date(2024, 1, 5), d != date(2024, 1, 6), d < date(2024, 1, 6),
      d >= date(2024, 1, 5), d > date(2025, 1, 1), d <= date(2024, 1, 4))
print(d == '2024-01-05', d == None, d != 5)
print(len(set(days)), {d: 1}[date(2024, 1, 5)])
counts = {}
for x in days:
    counts[x] = counts.get(x, 0) + 1
print(counts)

# timetuple
t = d.timetuple()
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0], t[7], tuple(t))

# fromtimestamp (local time is UTC here, as on a UTC machine)
print(date.fromtimestamp(0), date.fromtimestamp(1704412800),
      date.fromtimestamp(-86400), date.fromtimestamp(1704412800.9))

# today: only the type and range are stable
t = date.today()
print(type(t).__name__, t.year >= 2024)

# format
print(d.__format__('%d/%m/%Y'), d.__format__(''), format(d), '{}'.format(d))
print(f"{d:%Y-%m}", format(d, '%A %d %B'), '{:%j}'.format(d))

# errors
def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)


def errtype(f):
    # operator errors: the message is the interpreter's own
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)

err(lambda: date(0, 1, 1))
err(lambda: date(10000, 1, 1))
err(lambda: date(2024, 13, 1))
err(lambda: date(2024, 0, 1))
err(lambda: date(2023, 2, 29))
err(lambda: date(2024, 4, 31))
err(lambda: date(2024, 1, 0))
err(lambda: date(2024.0, 1, 1))
err(lambda: date('2024', 1, 1))
errtype(lambda: date(2024, 1))
err(lambda: date.fromordinal(0))
err(lambda: date.max + timedelta(1))
err(lambda: date.min - timedelta(1))
err(lambda: date.fromisocalendar(2024, 53, 1))
err(lambda: date.fromisocalendar(2024, 1, 8))
err(lambda: date.fromisocalendar(0, 1, 1))
err(lambda: d < 5)
errtype(lambda: d + 5)
errtype(lambda: d - 5)
err(lambda: d < datetime.datetime(2024, 1, 5))
print(d == datetime.datetime(2024, 1, 5))
