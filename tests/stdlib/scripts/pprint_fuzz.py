# pprint: 300 generated nested structures with random widths, indents, depth, compact and sort_dicts.
import pprint
seed = 11
def r(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
def gen(depth):
    k = r(9) if depth < 4 else r(4)
    if k == 0: return r(1000) - 300
    if k == 1: return "s" * r(30) + " word" * r(5)
    if k == 2: return r(100) / 8
    if k == 3: return [None, True, False][r(3)]
    if k == 4: return [gen(depth + 1) for _ in range(r(7))]
    if k == 5: return tuple(gen(depth + 1) for _ in range(r(4)))
    if k == 6 or k == 7:
        d = {}
        for _ in range(r(6)):
            key = ("k%d" % r(50)) if k == 6 else r(20)
            d[key] = gen(depth + 1)
        return d
    return "line\n" * r(3) + "x" * r(60)
for i in range(300):
    obj = gen(0)
    w = 10 + r(90)
    kw = dict(width=w, indent=1 + r(3), compact=bool(r(2)), sort_dicts=bool(r(3)))
    if r(4) == 0: kw['depth'] = 1 + r(3)
    print(i, kw)
    print(pprint.pformat(obj, **kw))
