import itertools as it
import operator

print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([100, -20, 35], initial=1000)))
print(list(it.chain([1, 2], (3, 4), "ab")))
print(list(it.chain.from_iterable([[1, 2], [3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefgh", 2, 7, 2)))
print(list(it.islice(it.cycle("RGB"), 7)))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.pairwise([1, 4, 9, 16])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := list(it.islice(iterator, n)):
        yield batch


print(list(batched(range(10), 4)))
print(sum(1 for _ in it.combinations(range(10), 3)))
print(dict(it.zip_longest(["a", "b", "c"], [1])))
