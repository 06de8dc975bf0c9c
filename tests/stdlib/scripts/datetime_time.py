from datetime import time, timedelta, timezone, datetime

t = time(10, 30)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for x in [time(), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
          time(12, tzinfo=timezone.utc), time(12, fold=1),
          time(9, 15, tzinfo=timezone(timedelta(hours=5, minutes=30)))]:
    print(str(x), repr(x), x.isoformat())
print(repr(time.min), repr(time.max), repr(time.resolution))

for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, time(1, 2, 3, 456789).isoformat(spec), time(1, 2, 3).isoformat(timespec=spec))

print(repr(t.replace(hour=11)), repr(t.replace(tzinfo=timezone.utc)), repr(t.replace(second=5, microsecond=7)))
aware = time(12, tzinfo=timezone(timedelta(hours=2)))
print(aware.utcoffset(), aware.tzname(), aware.dst(), t.utcoffset(), t.tzname())

# comparisons
print(time(9) < time(10), time(9, 0, 1) > time(9), time(9) == time(9, 0), time(9) != time(9, 1))
print(sorted([time(12), time(0, 0, 1), time(23, 59), time(6, 30)]))
print(time(12, tzinfo=timezone.utc) == time(14, tzinfo=timezone(timedelta(hours=2))))
print(time(12, tzinfo=timezone.utc) < time(13, tzinfo=timezone(timedelta(hours=2))))
print(time(12) == time(12, tzinfo=timezone.utc), time(12) == 12)
print(len({time(1), time(1, 0), time(2)}), bool(time(0)), bool(time(1)))

print(t.strftime('%H:%M:%S %p %I'), t.__format__('%H.%M'), format(t), f"{t:%H%M}")
print(t.strftime('%Y-%m-%d %a %j'))

def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: time(24))
err(lambda: time(-1))
err(lambda: time(0, 60))
err(lambda: time(0, 0, 60))
err(lambda: time(0, 0, 0, -1))
err(lambda: time(fold=2))
err(lambda: time(tzinfo='UTC'))
err(lambda: time(1, 2, 3).isoformat('days'))
err(lambda: time(12) < time(12, tzinfo=timezone.utc))
err(lambda: time(12) < 5)
