from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
print(fib(90))
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)


@lru_cache(maxsize=2)
def slow_square(x):
    print(f"  computing {x}")
    return x * x


for x in [2, 3, 2, 4, 3, 2]:
    print(f"square({x}) = {slow_square(x)}")
print(slow_square.cache_info())
slow_square.cache_clear()
print("after clear:", slow_square.cache_info().currsize)


@cache
def ways_to_climb(n, steps=(1, 2, 3)):
    if n == 0:
        return 1
    return sum(ways_to_climb(n - s, steps) for s in steps if s <= n)


print("ways to climb 30 stairs:", ways_to_climb(30))


@lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("sunday", "saturday"))
