import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left([], 5), bisect_right([], 5))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2), bisect_right(a, 4, 0, 4), bisect_right(a, 4, lo=5))
print(bisect_left(a, 4, hi=3), bisect_right(a, 100, 2, 5))
try:
    bisect_left(a, 1, -1)
except ValueError:
    print("ValueError lo")
try:
    insort(a, 1, -1)
except ValueError:
    print("ValueError insort lo")

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
c = [1, 2, 2, 3]
insort_left(c, 2.0)
insort_right(c, 2.5)
print(c, [type(v).__name__ for v in c])
d = [1, 3]
insort(d, 2, 0, 1)
print(d)

# key= (3.10+): searches the keys of a sorted list of records
rows = [("a", 1), ("b", 3), ("c", 3), ("d", 8)]
key = lambda r: r[1]
print(bisect_left(rows, 3, key=key), bisect_right(rows, 3, key=key), bisect_left(rows, 9, key=key))
insort(rows, ("e", 3), key=key)
insort_left(rows, ("f", 3), key=key)
insort(rows, ("g", 0), key=key)
print(rows)
words = ["apple", "fig", "banana"]
words.sort(key=len)
insort(words, "kiwi", key=len)
print(words, bisect_left(words, 5, key=len))

# strings, tuples, floats
print(bisect_left("acegi", "d"), bisect_right(["a", "b", "b"], "b"), bisect_left([(1, "a"), (1, "c")], (1, "b")))
print(bisect_left([0.5, 1.5, 2.5], 1.5), bisect_right([0.5, 1.5, 2.5], 1.5), bisect_left(range(0, 100, 5), 42))

# finding ranges in sorted data
data = sorted([5, 3, 8, 3, 1, 9, 3])
lo, hi = bisect_left(data, 3), bisect_right(data, 3)
print(data, lo, hi, hi - lo, data[lo:hi])
def index(seq, x):
    i = bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    raise ValueError
print(index(data, 8))
try:
    index(data, 4)
except ValueError:
    print("ValueError not found")
big = list(range(0, 200000, 2))
print(bisect_left(big, 99999), bisect_right(big, 100000), bisect_left(big, -1), bisect_left(big, 10**9))
