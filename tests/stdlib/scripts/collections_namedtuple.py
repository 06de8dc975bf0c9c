import json
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
print(p == (1, 2), p == Point(1, 2), isinstance(p, tuple), tuple(p), list(p))
print(hash(p) == hash((1, 2)))
x, y = p
print(x, y, p + (3,), p[:1], max(p), 2 in p)
print(Point._fields, p._fields)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=20), p)
print(Point._make([7, 8]), Point._make(iter((9, 10))))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(type(p).__name__, Point.__name__)
print(p.count(1), p.index(2))

# field names as a string, with commas or spaces
Row = namedtuple("Row", "id, name score")
r = Row(1, "ann", 9.5)
print(r, Row._fields)
print(namedtuple("T", "a b c")(1, 2, 3))

# defaults apply to the rightmost fields
Opt = namedtuple("Opt", "a b c", defaults=[2, 3])
print(Opt(1), Opt(1, 5), Opt(1, c=9), Opt(a=0), Opt._field_defaults)
try:
    Opt()
except TypeError:
    print("TypeError missing")
try:
    Opt(1, 2, 3, 4)
except TypeError:
    print("TypeError too many")
try:
    Opt(1, d=4)
except TypeError:
    print("TypeError unexpected")
try:
    Opt(1, a=4)
except TypeError:
    print("TypeError multiple")
All = namedtuple("All", "a b", defaults=(None, None))
print(All(), All(b=1))
try:
    namedtuple("Bad", "a", defaults=[1, 2])
except TypeError:
    print("TypeError defaults")

# errors
try:
    Point(1)
except TypeError:
    print("TypeError few")
try:
    Point(1, 2, 3)
except TypeError:
    print("TypeError many")
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
try:
    p.other = 5
except AttributeError:
    print("AttributeError new attribute")
try:
    p._replace(z=1)
except ValueError:
    print("ValueError replace")
for bad in ["1x y", "a class", "a a", "_a b", "a-b c"]:
    try:
        namedtuple("Bad", bad)
    except ValueError:
        print("ValueError", repr(bad))
print(namedtuple("Ren", "a class a _b", rename=True)._fields)

# subclassing adds methods
class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
v.label = "subclasses take attributes"
print(v.label)
try:
    v.x = 1
except AttributeError:
    print("AttributeError field of subclass")
print(v, v.norm2(), v + Vec(1, 1), v._replace(x=0), Vec._make([1, 2]).norm2())

# records from rows
Emp = namedtuple("Emp", "name dept salary")
rows = [("a", "x", 10), ("b", "y", 20), ("c", "x", 30)]
emps = [Emp._make(row) for row in rows]
print(sum(e.salary for e in emps if e.dept == "x"), [e.name for e in emps])
print(json.dumps([e._asdict() for e in emps]))
print({e.name: e.salary for e in emps})
