import json

NDJSON = """{"ts": "2024-06-01T10:00:00", "user": "u1", "event": "login"}
{"ts": "2024-06-01T10:02:13", "user": "u1", "event": "view", "page": "/pricing"}
{"ts": "2024-06-01T10:05:00", "user": "u2", "event": "login"}

{"ts": "2024-06-01T10:06:41", "user": "u2", "event": "purchase", "amount": 49.0}
{"ts": "2024-06-01T10:07:00", "user": "u1", "event": "purchase", "amount": 19.5}
not json at all
{"ts": "2024-06-01T10:09:30", "user": "u3", "event": "view", "page": "/docs"}
"""

events = []
bad = 0
for lineno, line in enumerate(NDJSON.splitlines(), 1):
    line = line.strip()
    if not line:
        continue
    try:
        events.append(json.loads(line))
    except json.JSONDecodeError as e:
        bad += 1
        print(f"line {lineno}: skipped ({e.msg})")

print(f"parsed {len(events)} events, {bad} bad line(s)")
by_type = {}
for e in events:
    by_type[e["event"]] = by_type.get(e["event"], 0) + 1
print("by type:", by_type)
revenue = sum(e.get("amount", 0) for e in events)
print(f"revenue: {revenue:.2f}")
users = sorted({e["user"] for e in events})
print("users:", users)
buyers = sorted({e["user"] for e in events if e["event"] == "purchase"})
print(f"conversion: {len(buyers)}/{len(users)} = {len(buyers) / len(users):.0%}")
print("\n".join(json.dumps(e, sort_keys=True) for e in events if e["event"] == "purchase"))
