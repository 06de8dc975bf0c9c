from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, factorial, perm

print(list(product("AB", "xy")), list(product([1, 2], repeat=2)))
print(list(product()), list(product([])), list(product([1], [])), list(product("ab")))
print(list(product("ab", [0, 1], "xy")))
print(len(list(product(range(3), repeat=4))), list(product(range(2), repeat=3))[-1])
print(list(product([1, 2], "a", repeat=2)))
print(list(product(range(2), repeat=0)))
it = product(range(10), repeat=6)
print(next(it), next(it))
try:
    product([1], repeat=-1)
except ValueError:
    print("ValueError repeat")

print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3), 1)), list(permutations([], 0)), list(permutations([])), list(permutations("ab", 3)))
print(list(permutations([1, 1, 2])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))), perm(7, 3))
print(list(permutations(range(4)))[::7])

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("AB", 0)), list(combinations("AB", 3)), list(combinations([], 0)), list(combinations("ABC", 1)))
print(list(combinations("ABCDE", 4)), list(combinations("ABC", 3)))
print(len(list(combinations(range(12), 5))), comb(12, 5))
print(list(combinations([3, 1, 2], 2)))

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement("AB", 0)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("A", 3)))
print(list(combinations_with_replacement("AB", 1)))
print(len(list(combinations_with_replacement(range(5), 4))), comb(5 + 4 - 1, 4))
for f in (permutations, combinations, combinations_with_replacement):
    try:
        list(f("ab", -1))
    except ValueError:
        print("ValueError", f.__name__)

# typical uses
print(sum(1 for a, b in combinations(range(10), 2) if a + b == 9))
print(["".join(p) for p in product("01", repeat=3)])
best = max(permutations([3, 1, 2]), key=lambda p: p[0] * 100 + p[1] * 10 + p[2])
print(best)
