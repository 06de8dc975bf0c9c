from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
s = Sq(2)
print(s.describe(), isinstance(s, Shape), issubclass(Sq, Shape), isinstance(1, Shape))
class Base(metaclass=ABCMeta):
    @abstractmethod
    def name(self): ...
class Impl(Base):
    def name(self): return "impl"
print(Impl().name())
Base.register(int)
print(isinstance(3, Base), issubclass(int, Base), issubclass(str, Base))
