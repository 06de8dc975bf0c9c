from functools import reduce, partial, wraps, update_wrapper, cmp_to_key, total_ordering, cached_property, partialmethod
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(operator.add, ["a"]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    reduce(operator.add, [])
except TypeError:
    print("TypeError reduce")

# partial
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), cube(2, exp=4), partial(power, 2)(10), partial(power, 3, 3, mod=5)())
print(square.func is power, square.args, square.keywords, partial(power, 2).args)
p2 = partial(partial(power, 2), mod=7)
print(p2(10), p2.func is power, p2.args, p2.keywords)
print(list(map(partial(power, mod=7), [3, 4])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
try:
    partial(5)
except TypeError:
    print("TypeError partial")

class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state):
        self.state = state
    set_alive = partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.state)

# wraps: decorating keeps working even where attributes cannot be copied
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling with", args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b=1):
    return a + b

print(add(2, b=3))

def plain():
    pass
print(update_wrapper(lambda: 1, plain)())

# cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))

# total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "V%d.%d" % (self.major, self.minor)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max([a, b]), min([a, b]))

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print(Score(1) < Score(2), Score(1) > Score(2), Score(2) <= Score(2), Score(3) >= Score(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError:
    print("ValueError total_ordering")

# cached_property
class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed)
d.total = 100
print(d.total, d.computed)
d2 = Data([5])
print(d2.total, d2.computed, d.total)
