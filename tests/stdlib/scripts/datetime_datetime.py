from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 1, 5, 10, 30)
print(dt, repr(dt))
for x in [datetime(2024, 1, 5), datetime(2024, 1, 5, 10, 30, 15),
          datetime(2024, 1, 5, 10, 30, 15, 250), datetime(2024, 1, 5, 0, 0, 0, 1),
          datetime(2024, 1, 5, 10, 30, tzinfo=timezone.utc),
          datetime(2024, 1, 5, 10, 30, fold=1),
          datetime(2024, 1, 5, 23, 59, 59, 999999, timezone(timedelta(hours=-5)))]:
    print(str(x), repr(x))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond,
      dt.tzinfo, dt.fold)
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(isinstance(dt, date), isinstance(dt, datetime), isinstance(dt.date(), datetime))

# parts and combine
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()))
aware = datetime(2024, 1, 5, 10, 30, tzinfo=timezone.utc)
print(repr(aware.time()), repr(aware.timetz()))
print(repr(datetime.combine(date(2024, 1, 5), time(8, 15))))
print(repr(datetime.combine(date(2024, 1, 5), time(8, 15, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2024, 1, 5), time(8, 15), tzinfo=timezone.utc)))
print(repr(datetime.combine(dt, time(1))))

# arithmetic
print(dt + timedelta(hours=20), dt - timedelta(days=5, seconds=1))
print(timedelta(minutes=45) + dt, dt + timedelta(microseconds=-1))
print(datetime(2024, 3, 1) - datetime(2024, 2, 28, 12), datetime(2024, 1, 1) - datetime(2024, 1, 2, 0, 0, 1))
print(repr(datetime(2024, 12, 31, 23, 59, 59) + timedelta(seconds=1)))
print(repr(aware + timedelta(days=1)))
x = datetime(2024, 1, 5, 12, tzinfo=timezone(timedelta(hours=2)))
print(x - aware, aware - x, x - x)
print((datetime(2024, 1, 5, 18) - datetime(2024, 1, 5, 9)).total_seconds() / 3600)
start = datetime(2024, 1, 30, 22)
print([str(start + timedelta(hours=3 * i)) for i in range(4)])

# replace
print(repr(dt.replace(minute=0)), repr(dt.replace(year=2020, day=29, month=2)))
print(repr(dt.replace(tzinfo=timezone.utc)), repr(aware.replace(tzinfo=None)))
print(repr(dt.replace(microsecond=5, fold=1)))

# comparisons and hashing
a = datetime(2024, 1, 5, 10, 30)
b = datetime(2024, 1, 5, 10, 30, 0, 1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == datetime(2024, 1, 5, 10, 30))
u = datetime(2024, 1, 5, 10, tzinfo=timezone.utc)
p = datetime(2024, 1, 5, 12, tzinfo=timezone(timedelta(hours=2)))
print(u == p, u < p, u <= p, hash(u) == hash(p), len({u, p}))
print(a == u, a != u, a == date(2024, 1, 5), a == 'x')
rows = [datetime(2024, 3, 1, 8), datetime(2023, 12, 31, 23, 59), datetime(2024, 3, 1, 7, 59, 59),
        datetime(2024, 1, 1)]
print([str(r) for r in sorted(rows)], str(max(rows)), str(min(rows)))
print([str(r) for r in sorted(rows, reverse=True)])
by_day = {}
for r in rows:
    by_day.setdefault(r.date(), []).append(r.hour)
print(sorted(by_day.items()))
print({datetime(2024, 1, 1): 1}.get(datetime(2024, 1, 1, 0, 0, 0, 0)))

# timestamps: local time is UTC in the sandbox, as on a UTC machine
for ts in [0, 1704450600, 1704450600.5, -1, -1.5, 1e9 + 0.0000005, 253402300799]:
    x = datetime.fromtimestamp(ts)
    print(repr(x), repr(datetime.utcfromtimestamp(ts)), x.timestamp())
print(repr(datetime.fromtimestamp(1704450600, timezone.utc)))
print(repr(datetime.fromtimestamp(1704450600, timezone(timedelta(hours=5, minutes=30)))))
print(datetime(2024, 1, 5, 10, 30).timestamp(), aware.timestamp(), p.timestamp())
print(datetime(1970, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(datetime(2024, 1, 5, 10, 30, 0, 123456).timestamp())

# timetuple / utctimetuple / ctime
print(dt.timetuple())
print(aware.timetuple(), p.utctimetuple())
print(dt.ctime(), datetime(2024, 12, 25, 7, 5, 3).ctime())
print(dt.weekday(), dt.isoweekday(), tuple(dt.isocalendar()), dt.toordinal())
print(repr(datetime.fromordinal(738890)), repr(datetime.fromisocalendar(2024, 1, 5)))

# now / today / utcnow: only what is stable
n = datetime.now()
print(type(n).__name__, n.tzinfo, n.year >= 2024)
nu = datetime.now(timezone.utc)
print(nu.tzinfo, nu.utcoffset())
print(datetime.utcnow().tzinfo, type(datetime.today()).__name__)
print(abs((datetime.now() - datetime.utcnow()).total_seconds()) < 5)
print(abs((datetime.now(timezone.utc) - datetime.now().replace(tzinfo=timezone.utc)).total_seconds()) < 5)
k = datetime.now(timezone(timedelta(hours=3)))
print(k.utcoffset(), abs((k - nu).total_seconds()) < 5)

# format
print(f"{dt:%Y-%m-%d %H:%M}", f"{dt}", format(dt, '%I %p'), '{:%d.%m.}'.format(dt))

# errors
def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)


def errtype(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)

err(lambda: datetime(2024, 1, 5, 24))
err(lambda: datetime(2024, 1, 5, 0, 60))
err(lambda: datetime(2024, 1, 5, 0, 0, 60))
err(lambda: datetime(2024, 1, 5, 0, 0, 0, 1000000))
err(lambda: datetime(2024, 2, 30))
err(lambda: datetime(2024, 1, 5, tzinfo=5))
err(lambda: datetime(2024, 1, 5, fold=2))
err(lambda: datetime(2024, 1, 5, 1.5))
err(lambda: a < u)
err(lambda: a - u)
err(lambda: a < date(2024, 1, 6))
err(lambda: a < 5)
err(lambda: datetime.max + timedelta(1))
err(lambda: datetime.min - timedelta(microseconds=1))
err(lambda: datetime.combine(5, time()))
err(lambda: datetime.combine(date(2024, 1, 1), 5))
err(lambda: datetime.fromtimestamp(float('nan')))
errtype(lambda: a + a)
errtype(lambda: a - date(2024, 1, 1))
errtype(lambda: datetime.fromtimestamp('0'))
