from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 7, 4)
dt = datetime(2024, 7, 4, 9, 30, 15, 250000)
t = time(23, 59, 1)

print(d.isoformat(), dt.isoformat(), t.isoformat())
print(dt.isoformat(sep=" "), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="minutes"))
print(str(d), str(dt), str(t))
print(repr(d))
print(repr(dt))

assert date.fromisoformat(d.isoformat()) == d
assert datetime.fromisoformat(dt.isoformat()) == dt
print("roundtrips OK")

aware = datetime(2024, 7, 4, 9, 30, tzinfo=timezone.utc)
print(aware.isoformat())
parsed = datetime.fromisoformat("2024-07-04T11:30:00+02:00")
print(parsed, parsed.utcoffset(), parsed.tzinfo)
print("same instant:", parsed == aware)
print("to UTC:", parsed.astimezone(timezone.utc).isoformat())

for s in ["2024-01-31", "2024-01-31T08:00", "2024-01-31 08:00:00.123"]:
    print(s, "->", repr(datetime.fromisoformat(s)))
print(time.fromisoformat("07:45:30"), datetime.combine(d, t))
print(dt - timedelta(microseconds=250000))
