# heapq: the built-in push/pop/heapify plus heappushpop, heapreplace,
# nlargest, nsmallest and merge; heap lists must match CPython's layout.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print(heapq.heappop(h), h)
print(heapq.heapreplace(h, 6), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 4))
data = [9, 4, 7, 1, 3, 8, 2, 6, 5, 0]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])

tasks = []
for pri, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (pri, name))
print(tasks[0], heapq.nsmallest(3, tasks))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()

nums = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums), heapq.nlargest(20, nums))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nsmallest(-1, nums))
people = [{"n": "ann", "age": 31}, {"n": "bob", "age": 25}, {"n": "cy", "age": 31}, {"n": "di", "age": 40}]
print([p["n"] for p in heapq.nlargest(2, people, key=lambda p: p["age"])])
print([p["n"] for p in heapq.nsmallest(3, people, key=lambda p: p["age"])])
print([p["n"] for p in heapq.nlargest(1, people, key=lambda p: p["age"])])
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nsmallest(2, iter([4, 2, 6])), heapq.nlargest(2, (x * x for x in range(-3, 3))))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 6])))
print(list(heapq.merge()), list(heapq.merge([])))
print(list(heapq.merge([9, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([(1, "x"), (3, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(heapq.merge(["x", "yy"], ["z", "ww"], key=len, reverse=False)))
print(list(heapq.merge([3, 1], [2, 2], reverse=True)))
m = heapq.merge(iter([1, 10]), iter([5]))
print(next(m), list(m))

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except IndexError:
        print("IndexError")
