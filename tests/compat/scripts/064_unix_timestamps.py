from datetime import datetime, timezone, timedelta

timestamps = [0, 86400, 1_700_000_000, 1_718_000_000.5, 2_000_000_000]
for ts in timestamps:
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    print(f"{ts:>16} -> {dt.isoformat()}")

dt = datetime(2024, 2, 29, 12, 0, tzinfo=timezone.utc)
print("to timestamp:", dt.timestamp(), int(dt.timestamp()))
print("ms:", int(dt.timestamp() * 1000))

# epoch arithmetic without timezone objects
epoch = datetime(1970, 1, 1)
naive = datetime(2024, 2, 29, 12, 0)
print("seconds since epoch:", (naive - epoch).total_seconds())
print("days since epoch:", (naive - epoch).days)

# bucket events per hour
events = [1_717_999_200 + k * 1_337 for k in range(12)]
buckets = {}
for ts in events:
    hour = datetime.fromtimestamp(ts, tz=timezone.utc).replace(minute=0, second=0)
    buckets[hour.strftime("%H:00")] = buckets.get(hour.strftime("%H:00"), 0) + 1
print(buckets)
print(datetime.fromtimestamp(1_700_000_000, tz=timezone(timedelta(hours=-5))).strftime("%Y-%m-%d %H:%M %Z"))
