import json
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], len(groups), "z" in groups)
print(groups["z"], "z" in groups, len(groups))
print(isinstance(groups, dict), json.dumps(groups))
print(groups.default_factory)

counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(counts)
print(dict(counts.items()) == {k: v for k, v in counts.items()})
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(counts.get("q"), "q" in counts, counts.get("l"))

sets = defaultdict(set)
sets["x"].add(1)
sets["x"].add(1)
sets["y"].add(2)
print(sorted(sets.items()))

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
nested["a"]["c"] += 1
print(json.dumps(nested), nested["a"]["b"], nested["q"]["r"])

plain = defaultdict()
print(plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e.args)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__)

init = defaultdict(list, {"a": [1]}, b=[2])
print(init)
init["c"].append(3)
print(init)
cp = init.copy()
cp["d"].append(4)
print(type(cp).__name__, cp.default_factory, sorted(cp), sorted(init))
print(defaultdict(int, a=1) == {"a": 1})
dd = defaultdict(str)
print(repr(dd["k"]), dd)
print(dd.setdefault("k2", "v"), dd.pop("k"), dd)
dd.default_factory = list
dd["new"].append(1)
print(dd)
print(list(defaultdict(int, {"x": 1, "y": 2})))
