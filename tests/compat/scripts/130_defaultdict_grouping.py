from collections import defaultdict

transactions = [
    ("alice", "books", 12.5), ("bob", "games", 60.0), ("alice", "games", 25.0),
    ("carol", "books", 8.0), ("bob", "books", 15.0), ("alice", "books", 22.0),
    ("carol", "music", 9.99), ("bob", "games", 45.0),
]

by_user = defaultdict(list)
totals = defaultdict(float)
counts = defaultdict(int)
nested = defaultdict(lambda: defaultdict(float))
categories = defaultdict(set)

for user, cat, amount in transactions:
    by_user[user].append(amount)
    totals[user] += amount
    counts[cat] += 1
    nested[user][cat] += amount
    categories[user].add(cat)

print(dict(by_user))
print({u: round(t, 2) for u, t in totals.items()})
print(dict(counts))
for user, cats in nested.items():
    print(user, dict(cats))
print({u: sorted(c) for u, c in categories.items()})

graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
    graph[b]
print("adjacency:", dict(graph))
d = defaultdict(int)
print(d["missing"], len(d), "missing" in d, d.default_factory)
