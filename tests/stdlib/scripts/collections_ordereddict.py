import json
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()), len(od))
print(isinstance(od, dict), json.dumps(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("c", False)
print(list(od))
try:
    od.move_to_end("zz")
except KeyError:
    print("KeyError move_to_end")
print(od.popitem(), list(od))
print(od.popitem(last=False), list(od))
print(od.popitem(False), od)
try:
    od.popitem()
except KeyError:
    print("KeyError popitem")

# an LRU cache built on move_to_end / popitem(last=False)
cache = OrderedDict()
def get(key):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    cache[key] = key * 10
    if len(cache) > 3:
        cache.popitem(last=False)
    return cache[key]
for k in [1, 2, 3, 1, 4, 5, 1]:
    get(k)
print(list(cache.items()))

o2 = OrderedDict([("x", 1), ("y", 2)])
o3 = o2.copy()
o3["z"] = 3
print(o2, o3, type(o3).__name__)
print(OrderedDict(a=1), OrderedDict.fromkeys("ab", 0))
print(o2.get("x"), o2.setdefault("w", 9), o2.pop("x"), list(o2.keys()), list(o2.values()))
o2.update({"q": 1})
print(o2)
print(OrderedDict() == {}, OrderedDict(a=1) == {"a": 1})
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1) != OrderedDict(a=1), {"a": 1} == OrderedDict(a=1))
print(dict(OrderedDict(a=1).items()), OrderedDict(OrderedDict(z=0).items()))
from collections import Counter, defaultdict
print(OrderedDict(Counter("abb")), OrderedDict(OrderedDict(x=1), y=2))
print(defaultdict(int, Counter("aab")), defaultdict(list, OrderedDict(k=[1]))["k"])
