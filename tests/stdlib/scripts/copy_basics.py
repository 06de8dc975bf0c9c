import copy
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple

# shallow copies of built-in containers
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1])
d = {"x": [1], "y": 2}
d2 = copy.copy(d)
d2["y"] = 3
d2["x"].append(9)
print(d, d2)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy("str") == "str", copy.copy(5), copy.copy(None), copy.copy(2.5))
ba = bytearray(b"ab")
ba2 = copy.copy(ba)
ba2[0] = 120
print(ba, ba2)
print(copy.copy(frozenset([1])) == frozenset([1]), copy.copy(range(3)) == range(3))

# deep copies
deep = copy.deepcopy(a)
deep[1].append(99)
deep[2]["k"].append(98)
print(a, deep)
nested = {"a": [{"b": (1, [2])}], "c": {1, 2}}
nd = copy.deepcopy(nested)
nd["a"][0]["b"][1].append(3)
print(nested["a"], sorted(nested["c"]), sorted(nd["c"]), nd["a"][0]["b"])
tup = (1, 2, "x")
print(copy.deepcopy(tup) is tup, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not (1, [2])[1])

# shared and cyclic references
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0], cc is cyc)
dcyc = {"self": None}
dcyc["self"] = dcyc
dc = copy.deepcopy(dcyc)
print(dc["self"] is dc)
memo = {}
x = [1]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2)

# instances of Python classes
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []
    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)

p = Point(1, 2)
p.tags.append("a")
q = copy.copy(p)
r = copy.deepcopy(p)
q.x = 10
q.tags.append("shared")
r.tags.append("own")
print(p, q, r, type(r).__name__, q.tags is p.tags, r.tags is p.tags)

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None
root = Node("root")
child = Node("child")
child.parent = root
root.children.append(child)
rc = copy.deepcopy(root)
print(rc.children[0].parent is rc, rc.children[0] is child, rc.children[0].value)

# __copy__ and __deepcopy__ hooks
class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Hooked("copy of " + self.v)
    def __deepcopy__(self, memo):
        return Hooked("deepcopy of " + self.v)
h = Hooked("h")
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h])[0].v)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = {"big": "data"}
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, state):
        self.a = state["a"]
        self.cache = {}
st = copy.deepcopy(Stateful())
print(st.a, st.cache)

# subclasses of built-in types
class Registry(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
reg = Registry("me")
reg["k"] = [1]
rc2 = copy.deepcopy(reg)
rc2["k"].append(2)
print(type(rc2).__name__, rc2, reg, rc2.owner)
rs = copy.copy(reg)
print(type(rs).__name__, rs["k"] is reg["k"], rs.owner)

class Stack(list):
    pass
stk = Stack([1, [2]])
sc = copy.deepcopy(stk)
sc[1].append(3)
print(type(sc).__name__, sc, stk)

class AppError(Exception):
    pass
err = copy.deepcopy(AppError("bad", 1))
print(type(err).__name__, err.args)

# collections types
c = Counter("aab")
cc2 = copy.copy(c)
cc2["a"] += 5
print(c, cc2, type(copy.deepcopy(c)).__name__)
dd = defaultdict(list, {"x": [1]})
dd2 = copy.deepcopy(dd)
dd2["x"].append(2)
dd2["new"].append(0)
print(dd, dd2, dd2.default_factory)
od = OrderedDict([("b", 1), ("a", [2])])
od2 = copy.deepcopy(od)
od2["a"].append(3)
print(od, od2, type(od2).__name__)
dq = deque([[1], 2], maxlen=5)
dq2 = copy.deepcopy(dq)
dq2[0].append(9)
print(dq, dq2, copy.copy(dq), copy.copy(dq) is dq)
Pt = namedtuple("Pt", "x y")
pt = Pt([1], 2)
pt2 = copy.deepcopy(pt)
pt2.x.append(5)
print(pt, pt2, type(pt2).__name__, copy.copy(pt) == pt)

# functions and classes are not copied
def fn():
    pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(Point) is Point, copy.deepcopy([len])[0] is len)
print(copy.deepcopy({"f": fn, "n": None, "b": True})["f"] is fn)
