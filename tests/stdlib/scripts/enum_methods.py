# enum: methods, properties, classmethods, __init__ with tuple values,
# _missing_, _generate_next_value_ and the functional API.
from enum import Enum, auto


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
print([p.name for p in Planet])


class Weekday(Enum):
    MON = 1
    TUE = 2
    SAT = 6
    SUN = 7

    @property
    def is_weekend(self):
        return self in (Weekday.SAT, Weekday.SUN)

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]

    @staticmethod
    def count():
        return 4

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    def __str__(self):
        return self.name.title()


print(Weekday.SAT.is_weekend, Weekday.MON.is_weekend, Weekday.parse(" tue "))
print(Weekday.count(), Weekday.SUN.next(), str(Weekday.MON), repr(Weekday.MON))
print([str(d) for d in Weekday if not d.is_weekend])


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return cls.UNKNOWN


print(Status("ACTIVE"), Status("Inactive"), Status(42))


class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Named])


class Base(Enum):
    def describe(self):
        return "%s=%r" % (self.name, self.value)


class Size(Base):
    S = 1
    L = 3


print(Size.L.describe(), isinstance(Size.S, Base), list(Size))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal["ANT"])
Fruit = Enum("Fruit", ["APPLE", "PEAR"])
print([(f.name, f.value) for f in Fruit])
Code = Enum("Code", [("OK", 200), ("MISSING", 404)])
print(Code(404), Code.OK.value)
Sign = Enum("Sign", {"PLUS": "+", "MINUS": "-"})
print(Sign("-"), len(Sign))


class Config(Enum):
    _ignore_ = ["temp"]
    temp = 5
    DEBUG = 1
    _private = 2


print(list(Config), hasattr(Config, "temp"))
