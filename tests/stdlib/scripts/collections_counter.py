import json
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common())
print(c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()))
print(c.total(), sum(c.values()))
print(isinstance(c, dict), isinstance(c, Counter))
print(json.dumps(c))
print(json.dumps({"counts": Counter(x=1)}))

# ties keep first-seen order
words = "the cat and the dog and the bird".split()
wc = Counter(words)
print(wc.most_common(3))
print(list(wc.items()))
print(sorted(wc, key=wc.get, reverse=True)[:1])

# counting with += on missing keys
d = Counter()
for w in words:
    d[w] += 1
print(d == wc, d)

# update / subtract
c2 = Counter(a=3, b=1)
c2.update("aab")
print(c2)
c2.update({"a": 10, "c": 2})
print(c2)
c2.update(c=1, d=4)
print(c2)
c2.subtract("aaaa")
print(c2)
c2.subtract({"d": 10})
print(c2)
c2.subtract(Counter(b=1))
print(c2)

# arithmetic keeps positive counts only
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
x = Counter(a=1, b=2)
x += Counter(a=-2, c=3)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(b=5)
print(x)
x &= Counter(b=3, c=9)
print(x)

# comparisons treat missing as zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=2))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))
print(Counter(a=1) == {"a": 1})

# deleting missing keys is fine, copies are Counters
del c["z"]
del c["a"]
print(c)
cc = c.copy()
cc["b"] += 10
print(type(cc).__name__, cc["b"], c["b"])
print(Counter())
print(Counter({"x": 2, "y": 5}))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1))
print(Counter(red=4, blue=2))
print(dict(Counter("aab").items()))
print(str(Counter("ba")), f"{Counter('b')}")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__)
print(sorted(Counter("mississippi").items()))
print(Counter("aaa").get("a"), Counter("aaa").get("b"), Counter("a").get("b", 7))
print(list(Counter("hello").keys()), list(Counter("hello").values()))
print(Counter("aab").pop("a"), Counter("aab").setdefault("z", 3))
