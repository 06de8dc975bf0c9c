from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}x{self.h})"

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    __radd__ = __add__

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")

shapes = [Rect(3, 4), Circle(1), Rect(1, 1), Circle(2.5)]
for s in sorted(shapes):
    print(s)
print(sorted(shapes), max(shapes), Rect(2, 3) == Rect(2, 3), Rect(2, 3) in [Rect(2, 3)])
try:
    Shape()
except TypeError as e:
    print("TypeError raised for abstract class")
wallet = sum([Money(150), Money(275), Money(5)])
print(f"{wallet}", f"{wallet:>10,.2f}", isinstance(Circle(1), Shape), Circle.__mro__[1].__name__)
