# Subclasses of built-in types (interpreter patches): __new__ of built-in
# classes, and instances working where their value does.


class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))

    def fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(21.456)
print(t, t.fahrenheit(), t + 1, 1 + t, t > 20, 30 > t, isinstance(t, float))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p[1], len(p), type(p).__name__, p == (3, 4))


class Money(int):
    def __new__(cls, cents):
        self = int.__new__(cls, cents)
        self.currency = "EUR"
        return self

    def __str__(self):
        return "%d.%02d %s" % (self // 100, self % 100, self.currency)


m = Money(1234)
print(m, int(m), m + 1, 1 + m, m * 2, 2 * m, m < 2000, 2000 > m, -m)
print(sorted([Money(5), Money(1), Money(3)]), max(Money(5), Money(9)), sum([Money(1), Money(2)]))
print(float(m), divmod(Money(7), 2), 7 // Money(2), 2 ** Money(3), [10, 20, 30][Money(1)])


class Tag(str):
    def __new__(cls, value):
        return str.__new__(cls, value.lower())


tag = Tag("Python")
print(tag, "#" + tag, tag + "!", tag == "python", "py" in tag, tag in "python rocks")
print(", ".join([Tag("A"), Tag("B"), "c"]), sorted([Tag("b"), Tag("a")]), "%s/%s" % (tag, tag))
print(Money.__new__(Money, 250), type(Money.__new__(Money, 250)).__name__)
