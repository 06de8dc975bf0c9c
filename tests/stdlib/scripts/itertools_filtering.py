from itertools import (compress, dropwhile, takewhile, filterfalse, starmap,
                       groupby, islice, tee, zip_longest, pairwise)

try:
    from itertools import batched  # 3.12
except ImportError:
    # CPython 3.11 (which writes the expected output) has no batched:
    # this reference version stands in for it there.
    def batched(iterable, n):
        if n < 1:
            raise ValueError("n must be at least one")
        items = list(iterable)
        return iter([tuple(items[i:i + n]) for i in range(0, len(items), n)])

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress([1, 2], [True])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [0, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [(1, 2, 3), ()])))

# groupby: consecutive runs
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
data = [("a", 1), ("b", 2), ("a", 3), ("b", 4), ("c", 5)]
data.sort(key=lambda r: (r[0], r[1]))
for key, rows in groupby(data, key=lambda r: r[0]):
    print(key, [r[1] for r in rows])
print(list(groupby([])))
# a group is invalid once the outer iterator moves on
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g2), list(g1))
print([(k, list(v)) for k, v in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(v)) for k, v in groupby([1.0, 1, 2], key=None)])

# islice: stops without reading past its last item
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(20), 1, 12, 3)), list(islice([], 3)))
print(list(islice("ABC", 5)), list(islice("ABC", 0)), list(islice("ABCDE", 3, 1)), list(islice("AB", None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
for bad in [(-1,), (1, -2), (0, 5, 0), ("a",)]:
    try:
        islice([], *bad)
    except ValueError:
        print("ValueError", bad)

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1])))
src = iter(range(5))
x, y = tee(src)
print(list(zip(x, y)))

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3])), list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))

# pairwise and batched
print(list(pairwise("ABCD")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(batched("ABCDEFG", 3)), list(batched([], 2)), list(batched(range(4), 2)))
try:
    list(batched("a", 0))
except ValueError:
    print("ValueError batched")
