from itertools import groupby
from operator import itemgetter

sales = [
    {"region": "EU", "month": "2024-01", "amount": 120},
    {"region": "US", "month": "2024-01", "amount": 200},
    {"region": "EU", "month": "2024-02", "amount": 90},
    {"region": "APAC", "month": "2024-01", "amount": 75},
    {"region": "US", "month": "2024-02", "amount": 180},
    {"region": "EU", "month": "2024-03", "amount": 140},
]

sales.sort(key=itemgetter("region"))
for region, items in groupby(sales, key=itemgetter("region")):
    items = list(items)
    print(f"{region:<5} n={len(items)} total={sum(i['amount'] for i in items)}")

print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(["".join(g) for _, g in groupby("1112223333")])

# run-length encoding and streak detection
results = "WWLWWWLLWWWWL"
encoded = "".join(f"{len(list(g))}{k}" for k, g in groupby(results))
print("RLE:", encoded)
streaks = [(k, len(list(g))) for k, g in groupby(results)]
best = max((n for k, n in streaks if k == "W"))
print("longest winning streak:", best)

# unsorted input gives separate groups for the same key
print([k for k, _ in groupby([1, 1, 2, 1, 1])])
nums = [1, 2, 3, 5, 6, 9, 10, 11, 12, 20]
ranges = []
for _, g in groupby(enumerate(nums), key=lambda t: t[1] - t[0]):
    g = [v for _, v in g]
    ranges.append(f"{g[0]}-{g[-1]}" if len(g) > 1 else str(g[0]))
print("ranges:", ", ".join(ranges))
