# dataclasses: the generated __init__, __repr__, __eq__ and the helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, Optional, Dict


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), repr(p))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(p.x, p.y, [f.name for f in fields(Point)], [f.type for f in fields(p)])
p.x = 10
print(p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(dict))


@dataclass()
class Order:
    id: int
    customer: str
    items: List[str] = field(default_factory=list)
    total: float = 0.0
    note: Optional[str] = None

    def add(self, item, price):
        self.items.append(item)
        self.total += price


a = Order(1, "ann")
b = Order(2, "bob")
a.add("pen", 1.5)
print(a, b)
print(a.items is b.items, len(b.items))
print(asdict(a))
print(astuple(a))
print(replace(a, id=3, note="rush"))
print(a)


@dataclass
class Line:
    start: Point
    end: Point
    meta: Dict[str, List[Point]] = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), {"mid": [Point(1, 2)]})
d = asdict(line)
print(d)
print(type(d["start"]).__name__, d["meta"]["mid"][0])
print(astuple(line))
d["start"]["x"] = 99
print(line.start.x)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    label: str = field(default="r", repr=False)

    def __post_init__(self):
        self.area = self.w * self.h


r = Rect(2, 3)
print(r, r.area, r.label)


@dataclass
class WithMethods:
    name: str
    count: int = 0

    def __repr__(self):
        return "WithMethods<%s>" % self.name

    def bump(self):
        self.count += 1
        return self


print(WithMethods("w").bump().bump(), WithMethods("w").bump().count)
rows = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(rows, key=lambda q: q.x))
print([q.y for q in rows if q.x > 1])
print(Point.__match_args__, Order.__match_args__)
