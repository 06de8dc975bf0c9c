# dataclasses: frozen, order, eq, unsafe_hash, kw_only, InitVar, ClassVar,
# inheritance and the errors CPython raises.
from dataclasses import dataclass, field, fields, FrozenInstanceError, InitVar, KW_ONLY, replace, make_dataclass
from typing import ClassVar


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


v = Version(1, 2)
print(v, v < Version(1, 3), v >= Version(1, 2), Version(2) > v)
print(sorted([Version(2), Version(1, 5), Version(1), Version(1, 5, 1)]))
print(max([Version(1), Version(0, 9)]), hash(v) == hash(Version(1, 2)))
print({Version(1): "one"}[Version(1)], len({Version(1), Version(1), Version(2)}))
try:
    v.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, isinstance(e, AttributeError), e)
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(v, patch=7))
try:
    Version(1) < (1, 0, 0)
except TypeError:
    print("TypeError: ordering against a tuple")


@dataclass
class Mutable:
    a: int


try:
    hash(Mutable(1))
except TypeError:
    print("TypeError: unhashable")


@dataclass(eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), type(hash(Plain(1))).__name__)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashed(1)) == hash(Hashed(1, [2])), Hashed(1) == Hashed(1, [5]))


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = "c"


print([f.name for f in fields(Counter)], Counter.total, Counter())


@dataclass
class Scaled:
    w: float
    factor: InitVar[float] = 1.0

    def __post_init__(self, factor):
        self.w = self.w * factor


s = Scaled(2, 3)
print(s, [f.name for f in fields(Scaled)], replace(s, factor=2))


@dataclass
class Base:
    id: int
    name: str = "base"


@dataclass
class Derived(Base):
    extra: float = 1.5
    name: str = "derived"


dd = Derived(7)
print(dd, [f.name for f in fields(dd)], isinstance(dd, Base), dd == Derived(7))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=2), Options(level=1, verbose=True))
try:
    Options(1)
except TypeError:
    print("TypeError: keyword-only")


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed(1, b=5, c=6))

Pt = make_dataclass("Pt", [("x", int), ("y", int, field(default=5))])
print(Pt(1), Pt(1, 2) == Pt(1, 2))

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError:
    print("TypeError: non-default after default")
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    Version(1, 2, 3, 4)
except TypeError:
    print("TypeError: too many arguments")
try:
    Version()
except TypeError:
    print("TypeError: missing argument")
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(v, nope=1)
except TypeError:
    print("TypeError: unknown field")
