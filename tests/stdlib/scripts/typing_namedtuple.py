# typing: NamedTuple and TypedDict, functional and class forms.
from typing import NamedTuple, TypedDict, List, Optional

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), Point._fields)
Pixel = NamedTuple("Pixel", x=int, y=int)
print(Pixel(3, 4))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0

    def describe(self):
        return "%s (%s)" % (self.name, self.dept)


e = Employee("Ann", salary=100)
print(e, e.describe(), e.salary, len(e), list(e))
print(Employee._fields, Employee._field_defaults)
print(e._asdict(), e._replace(dept="ops"))
print(Employee._make(["Bob", "hr", 5]))
print(isinstance(e, tuple), sorted([Employee("b"), Employee("a")]))
name, dept, salary = e
print(name, dept, salary)
try:
    e.name = "x"
except AttributeError:
    print("AttributeError: immutable")
try:
    Employee()
except TypeError:
    print("TypeError: missing field")
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError:
    print("TypeError: non-default after default")


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Alien", year=1979)
print(m, type(m) is dict, m["title"])
print(Movie.__required_keys__ == frozenset({"title", "year"}), Movie.__total__)


class Partial(TypedDict, total=False):
    rating: float
    tags: List[str]


print(Partial(rating=4.5), sorted(Partial.__optional_keys__), Partial.__total__)
Person = TypedDict("Person", {"name": str, "age": Optional[int]})
print(Person(name="x", age=None), sorted(Person.__annotations__))


class MovieEx(Movie):
    director: str


print(sorted(MovieEx.__annotations__), sorted(MovieEx.__required_keys__))
