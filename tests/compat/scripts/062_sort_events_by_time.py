from datetime import datetime, timedelta

events = [
    {"name": "deploy", "at": "2024-04-10 16:45"},
    {"name": "standup", "at": "2024-04-10 09:15"},
    {"name": "incident", "at": "2024-04-09 23:58"},
    {"name": "retro", "at": "2024-04-12 14:00"},
    {"name": "planning", "at": "2024-04-08 10:00"},
    {"name": "hotfix", "at": "2024-04-10 00:20"},
]
for e in events:
    e["dt"] = datetime.strptime(e["at"], "%Y-%m-%d %H:%M")

events.sort(key=lambda e: e["dt"])
for prev, cur in zip(events, events[1:]):
    gap = cur["dt"] - prev["dt"]
    print(f"{prev['name']:>9} -> {cur['name']:<9} {gap}")

ref = datetime(2024, 4, 10, 12, 0)
past = [e["name"] for e in events if e["dt"] < ref]
future = [e["name"] for e in events if e["dt"] >= ref]
print("before noon on the 10th:", past)
print("after:", future)

nearest = min(events, key=lambda e: abs(e["dt"] - ref))
print("closest to reference:", nearest["name"], abs(nearest["dt"] - ref))

within_day = [e["name"] for e in events if timedelta(0) <= e["dt"] - ref <= timedelta(days=1)]
print("next 24h:", within_day)
by_day = {}
for e in events:
    by_day.setdefault(e["dt"].strftime("%a %d"), []).append(e["name"])
print(by_day)
