import bisect

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"


def grade(score):
    return grades[bisect.bisect(breakpoints, score)]


scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([f"{s}:{grade(s)}" for s in scores])

tax_brackets = [(0, 0.10), (11000, 0.12), (44725, 0.22), (95375, 0.24), (182100, 0.32)]
limits = [b[0] for b in tax_brackets]


def marginal_rate(income):
    return tax_brackets[bisect.bisect_right(limits, income) - 1][1]


for income in (5000, 11000, 50000, 200000):
    print(f"income {income:>7,}: marginal rate {marginal_rate(income):.0%}")

sorted_list = []
for x in [5, 1, 4, 1, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print("insort:", sorted_list)
print(bisect.bisect_left(sorted_list, 1), bisect.bisect_right(sorted_list, 1), bisect.bisect(sorted_list, 10))


def index_of(a, x):
    i = bisect.bisect_left(a, x)
    return i if i < len(a) and a[i] == x else -1


print(index_of(sorted_list, 6), index_of(sorted_list, 3))
events = [(1, "start"), (5, "mid"), (9, "end")]
print(events[bisect.bisect_right(events, (6, "")) - 1])
print(bisect.bisect_left([10, 20, 30], 25), bisect.bisect([{"t": 1}, {"t": 5}], 3, key=lambda d: d["t"]))
