from datetime import datetime, timedelta, timezone

utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
pst = timezone(timedelta(hours=-8), "PST")

meeting = datetime(2024, 1, 15, 16, 0, tzinfo=utc)
print("meeting (UTC):", meeting.isoformat())
for tz in (cet, ist, pst):
    local = meeting.astimezone(tz)
    print(f"  {str(tz):<10} {local:%Y-%m-%d %H:%M %z} ({local.tzname()})")

# naive local times from different offices, converted to UTC for ordering
entries = [
    ("Berlin", datetime(2024, 1, 15, 9, 0), cet),
    ("Mumbai", datetime(2024, 1, 15, 13, 0), ist),
    ("Seattle", datetime(2024, 1, 14, 23, 30), pst),
]
normalized = sorted((dt.replace(tzinfo=tz).astimezone(utc), city) for city, dt, tz in entries)
for when, city in normalized:
    print(f"{city:<8} {when:%H:%M} UTC")

a = datetime(2024, 1, 15, 9, 0, tzinfo=cet)
b = datetime(2024, 1, 15, 8, 0, tzinfo=utc)
print("equal instants:", a == b, "| offset:", a.utcoffset(), "| diff:", a - b)
print(utc, repr(cet.utcoffset(None)), ist.tzname(None))
