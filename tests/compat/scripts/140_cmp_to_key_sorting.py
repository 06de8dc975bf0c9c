from functools import cmp_to_key


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    length = max(len(pa), len(pb))
    pa += [0] * (length - len(pa))
    pb += [0] * (length - len(pb))
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2", "1.2.10", "1.2.9", "0.9.9", "2.0", "1.10", "1.2.0.1"]
print(sorted(versions))
print(sorted(versions, key=cmp_to_key(compare_versions)))


def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs).lstrip("0") or "0"


print(largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]))

people = [("Ana", 31), ("bob", 25), ("Cleo", 31), ("dan", 40), ("Eve", 25)]
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(["b10", "a2", "b9", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([3, -1, -4, 2], key=abs), sorted("Hello World".split(), key=str.casefold, reverse=True))
records = [{"n": "x", "v": None}, {"n": "y", "v": 3}, {"n": "z", "v": 1}]
print([r["n"] for r in sorted(records, key=lambda r: (r["v"] is None, r["v"] or 0))])
