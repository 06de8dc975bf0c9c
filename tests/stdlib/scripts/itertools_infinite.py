from itertools import count, cycle, repeat, islice, accumulate, chain

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(count(5, -1), 4)))
print(list(zip(count(1), "abc")))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
it = cycle(iter([1, 2]))
print([next(it) for _ in range(5)])
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 2)))
print(list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([5])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate(["a", "b", "c"])), list(accumulate((1.5, 2.5))))
print(list(accumulate(range(1, 6), lambda a, b: a * b, initial=1)))

print(list(chain([1, 2], (3,), "ab", range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable([[1], [2, 3], []])), list(chain.from_iterable(["ab", "c"])))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
gen = chain(iter([1, 2]), iter([3]))
print(next(gen), list(gen))
print(sum(chain(range(100), range(100))))
