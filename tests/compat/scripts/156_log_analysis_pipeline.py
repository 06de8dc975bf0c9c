import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOGS = """
2024-06-03 09:00:01,233 INFO  [api] GET /orders 200 35ms user=17
2024-06-03 09:00:02,010 INFO  [api] GET /orders/991 200 12ms user=17
2024-06-03 09:00:05,500 WARN  [db] slow query 1250ms table=orders
2024-06-03 09:01:10,001 ERROR [api] POST /checkout 500 2301ms user=42 err=TimeoutError
2024-06-03 09:01:11,900 INFO  [api] POST /checkout 201 410ms user=42
2024-06-03 09:02:30,000 INFO  [auth] login ok user=8
2024-06-03 09:03:00,250 ERROR [api] GET /products 503 5ms user=8 err=ServiceUnavailable
2024-06-03 09:03:45,700 INFO  [api] GET /products 200 48ms user=8
2024-06-03 09:15:00,000 WARN  [db] slow query 980ms table=customers
2024-06-03 09:59:59,999 INFO  [api] GET /health 200 1ms
"""

LINE = re.compile(r"^(\S+ \S+),(\d{3}) (\w+)\s+\[(\w+)\] (.*)$")
REQ = re.compile(r"(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms")

entries = []
for raw in LOGS.strip().splitlines():
    m = LINE.match(raw)
    ts = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S") + timedelta(milliseconds=int(m.group(2)))
    entries.append({"ts": ts, "level": m.group(3), "component": m.group(4), "msg": m.group(5)})

print(f"{len(entries)} entries from {entries[0]['ts']:%H:%M:%S} to {entries[-1]['ts']:%H:%M:%S}")
print("levels:", dict(Counter(e["level"] for e in entries)))

latency = defaultdict(list)
for e in entries:
    r = REQ.search(e["msg"])
    if r:
        endpoint = re.sub(r"/\d+", "/:id", r.group(2))
        latency[f"{r.group(1)} {endpoint}"].append(int(r.group(4)))
for ep, values in sorted(latency.items()):
    print(f"  {ep:<20} n={len(values)} avg={sum(values) / len(values):7.1f}ms max={max(values)}ms")

errors = [e for e in entries if e["level"] == "ERROR"]
kinds = Counter(re.search(r"err=(\w+)", e["msg"]).group(1) for e in errors)
print("error kinds:", kinds.most_common())
per_minute = Counter(e["ts"].strftime("%H:%M") for e in entries)
print("busiest minute:", max(sorted(per_minute.items()), key=lambda kv: kv[1]))
users = sorted({int(u) for e in entries for u in re.findall(r"user=(\d+)", e["msg"])})
print("users seen:", users)
