from datetime import date, datetime, timedelta, timezone


class Day(date):
    def label(self):
        return self.strftime('%a %d')


class Stamp(datetime):
    def hours_since(self, other):
        return (self - other).total_seconds() / 3600


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


d = Day(2024, 1, 5)
print(d, repr(d), d.label(), isinstance(d, date))
print(type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__, (d + timedelta(1)).label())
print(type(d.replace(day=6)).__name__, type(Day.today()).__name__, type(Day.fromordinal(1)).__name__)
print(type(Day.fromisoformat('2024-01-05')).__name__, d == date(2024, 1, 5), d - date(2024, 1, 1))

s = Stamp(2024, 1, 5, 12)
print(s, repr(s), s.hours_since(datetime(2024, 1, 5)))
print(type(s + timedelta(hours=1)).__name__, type(Stamp.strptime('2024', '%Y')).__name__)
print(type(Stamp.fromisoformat('2024-01-05T10:00')).__name__, type(Stamp.now()).__name__)
print(type(Stamp.fromtimestamp(0)).__name__, type(Stamp.combine(d, s.time())).__name__)
print(type(s.astimezone(timezone.utc)).__name__, type(s.replace(hour=1)).__name__)

sp = Span(hours=3)
print(sp, repr(sp), sp.hours(), sp == timedelta(hours=3), type(sp + sp).__name__)
