import datetime
from datetime import datetime as DT, timedelta, timezone, tzinfo, UTC

print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc, datetime.UTC is timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), 'UTC')))
for tz in [timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-3, minutes=-30)),
           timezone(timedelta(hours=1), 'CET'), timezone(timedelta(seconds=3661, microseconds=5)),
           timezone(timedelta(seconds=-1)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone(timedelta(hours=1)) == timezone(timedelta(minutes=60), 'X'),
      timezone(timedelta(hours=1)) != timezone.utc,
      len({timezone(timedelta(hours=1)), timezone(timedelta(hours=1), 'A')}))

# astimezone between fixed offsets
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), 'EST')
u = DT(2024, 1, 5, 10, 30, tzinfo=timezone.utc)
print(repr(u.astimezone(ist)), repr(u.astimezone(est)))
print(u.astimezone(ist) == u, u.astimezone(est).astimezone(timezone.utc) == u)
print(u.astimezone(ist).isoformat(), u.astimezone(est).strftime('%Y-%m-%d %H:%M %Z %z'))
print(repr(u.astimezone()), repr(DT(2024, 1, 5, 10, 30).astimezone()))
print(repr(DT(2024, 1, 5, 10, 30).astimezone(ist)))
print(u.astimezone(timezone.utc) is u)
print(repr(DT(2024, 1, 1, 2, tzinfo=ist).astimezone(timezone.utc)))

# utcoffset / tzname / dst on datetimes
x = DT(2024, 6, 1, 12, tzinfo=est)
print(x.utcoffset(), x.tzname(), x.dst(), DT(2024, 1, 1).utcoffset(), DT(2024, 1, 1).tzname())
print(x.isoformat(), str(x), x.timestamp())

# a tzinfo subclass with a summer offset (fixed rule, for the example)
class Simple(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, dt):
        return self.off + self.dst(dt)
    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return self.name + ('S' if self.dst(dt) else '')

z = Simple(1, 'CE')
w = DT(2024, 1, 15, 12, tzinfo=z)
s = DT(2024, 7, 15, 12, tzinfo=z)
print(w.utcoffset(), s.utcoffset(), w.tzname(), s.tzname(), w.dst(), s.dst())
print(w.isoformat(), s.isoformat(), s.strftime('%H:%M %Z %z'))
print(repr(s.astimezone(timezone.utc)), u.astimezone(z).isoformat())
print(DT(2024, 7, 1, tzinfo=timezone.utc).astimezone(z).isoformat())
print(s.timetuple().tm_isdst, w.timetuple().tm_isdst, s.utctimetuple())
print(s - w, w < s, s == DT(2024, 7, 15, 10, tzinfo=timezone.utc))
print(datetime.time(12, tzinfo=z), datetime.time(12, tzinfo=z).utcoffset())

class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5

def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: timezone(timedelta(hours=24)))
err(lambda: timezone(timedelta(hours=-24)))
err(lambda: timezone(5))
err(lambda: timezone(timedelta(0), 5))
err(lambda: DT(2024, 1, 1, tzinfo=Broken()).utcoffset())
err(lambda: tzinfo().utcoffset(None))
err(lambda: DT(2024, 1, 1, tzinfo=tzinfo()).isoformat())
err(lambda: u.astimezone(5))
err(lambda: ist.fromutc(u))
