from functools import lru_cache, cache, singledispatch

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info().misses, fib.cache_info().currsize)

@lru_cache
def square(x):
    print("computing", x)
    return x * x

print(square(3), square(3), square(4), square.cache_info())
print(square.cache_info().hits, square.cache_info().maxsize)

@lru_cache()
def ident(x):
    return x

print(ident(1), ident.cache_info())

# bounded: the least recently used entry goes first
calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10

for x in [1, 2, 1, 3, 2, 1]:
    f(x)
print(calls, f.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1)
nocache(1)
print(nocache.cache_info())

# keyword arguments and typed
@lru_cache(maxsize=None)
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=0), kw.cache_info().currsize)

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)

@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info().currsize)

# unhashable arguments
try:
    ident([1, 2])
except TypeError:
    print("TypeError unhashable")

# tuples and several arguments as keys
@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info())

@cache
def by_tuple(t):
    return sum(t)
print(by_tuple((1, 2)), by_tuple((1, 2)), by_tuple.cache_info().hits)

# methods
class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def scaled(self, x):
        return self.k * x
    def __hash__(self):
        return self.k
    def __eq__(self, other):
        return self.k == other.k

c1, c2 = Calc(2), Calc(3)
print(c1.scaled(5), c2.scaled(5), c1.scaled(5), Calc.scaled.cache_info())
print(fib.__name__, square.__wrapped__(7))
print(fib.cache_parameters(), f.cache_parameters())

# singledispatch
@singledispatch
def describe(obj):
    return "object"

@describe.register(int)
def _(obj):
    return "int %d" % obj

@describe.register(list)
def _(obj):
    return "list of %d" % len(obj)

def describe_str(obj):
    return "str " + obj
describe.register(str, describe_str)

print(describe(5), describe(True), describe([1, 2]), describe("x"), describe(1.5), describe({}))
print(describe.dispatch(float) is describe.registry[object], describe.dispatch(bool) is describe.registry[int])
print(sorted(t.__name__ for t in describe.registry))

class Base:
    pass
class Child(Base):
    pass
@describe.register(Base)
def _(obj):
    return "base-ish " + type(obj).__name__
print(describe(Child()), describe(Base()))

# stacked caches keep their own state
inner_calls = []
def base(x):
    inner_calls.append(x)
    return x
inner = lru_cache(maxsize=None)(base)
outer = lru_cache(maxsize=8)(inner)
print(outer(1), outer(1), inner(1), inner_calls, outer.cache_info(), inner.cache_info())
