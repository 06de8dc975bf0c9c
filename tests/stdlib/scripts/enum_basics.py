# enum: what agents write with Enum.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color(Color.RED))
print(list(Color), len(Color), [c.name for c in Color])
print(Color.RED in Color, Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED) is Color)
print(type(Color.RED), Color, repr(Color))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(f"{Color.RED}", "%s" % Color.GREEN, str(Color.BLUE), format(Color.RED, ">12") + "|")
print(Color.__members__)
print(list(reversed(Color)), bool(Color), Color.RED.__class__.__name__)
print(hash(Color.RED) == hash(Color.RED), len({Color.RED, Color.RED, Color.BLUE}))
print(Color._member_names_, Color._value2member_map_[3])

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError:
    print("TypeError: no ordering")


class Shade(Enum):
    LIGHT = "light"
    DARK = "dark"
    NIGHT = "dark"


print(list(Shade), Shade.NIGHT, Shade.NIGHT is Shade.DARK, Shade("dark"))
print(list(Shade.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print([s.value for s in Step], Step.THIRD)


class Mixed(Enum):
    A = 10
    B = auto()
    C = 20
    D = auto()


print([(m.name, m.value) for m in Mixed])


class Tup(Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Tup((1, 1)), Tup.ORIGIN.value)
try:
    class More(Color):
        PINK = 4
except TypeError:
    print("TypeError: cannot extend")


class Empty(Enum):
    pass


print(list(Empty), len(Empty))
