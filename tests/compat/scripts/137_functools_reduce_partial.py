from functools import reduce, partial
import operator

nums = [4, 8, 15, 16, 23, 42]
print("sum:", reduce(operator.add, nums))
print("product:", reduce(lambda a, b: a * b, nums, 1))
print("max:", reduce(lambda a, b: a if a > b else b, nums))
print("digits to int:", reduce(lambda acc, d: acc * 10 + d, [1, 9, 8, 4]))

dicts = [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]
print("merged:", reduce(lambda acc, d: {**acc, **d}, dicts, {}))

nested = {"user": {"profile": {"address": {"city": "Oslo"}}}}
print("deep get:", reduce(lambda d, k: d[k], ["user", "profile", "address", "city"], nested))


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print([square(x) for x in range(6)], [cube(x) for x in range(4)])
parse_hex = partial(int, base=16)
print(parse_hex("ff"), parse_hex("1A"))
print(square.func.__name__, square.keywords)


def apply_discount(price, pct, minimum=0):
    return max(price * (1 - pct / 100), minimum)


black_friday = partial(apply_discount, pct=30, minimum=5)
print([round(black_friday(p), 2) for p in (10, 6, 99.99)])


def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs)


slug = compose(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print("pipeline:", slug("  Hello World  "))
