# random: CPython's API on the sandbox's generator. Values differ from
# CPython's for a given seed, so only properties are printed: ranges,
# lengths, membership, reproducibility after seed, error types.
import random


def err(f, *a, **k):
    try:
        f(*a, **k)
        return "ok"
    except Exception as e:
        return type(e).__name__


random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
b = [random.random() for _ in range(5)]
print("seed reproduces:", a == b, all(0.0 <= x < 1.0 for x in a))
for s in ("text", b"bytes", 3.5, -7, 2 ** 80, None):
    random.seed(s)
    x = random.random()
    random.seed(s)
    print("seed", type(s).__name__, (x == random.random()) if s is not None else True)
print(err(random.seed, [1]), err(random.seed, {}))

r = [random.randint(1, 6) for _ in range(300)]
print("randint", min(r), max(r), sorted(set(r)))
r = [random.randrange(10) for _ in range(300)]
print("randrange", min(r) >= 0, max(r) <= 9, len(set(r)))
r = [random.randrange(5, 50, 5) for _ in range(300)]
print("randrange step", sorted(set(r)))
r = [random.randrange(10, 0, -3) for _ in range(200)]
print("randrange neg step", sorted(set(r)))
big = [random.randrange(2 ** 40) for _ in range(50)]
print("big range", all(0 <= x < 2 ** 40 for x in big), max(big) > 2 ** 32)
big = [random.randint(-2 ** 70, 2 ** 70) for _ in range(50)]
print("big randint", all(-2 ** 70 <= x <= 2 ** 70 for x in big), any(x < -2 ** 40 for x in big))
print(random.randrange(2 ** 32) < 2 ** 32, random.randrange(2 ** 31, 2 ** 31 + 1))
print(err(random.randrange, 0), err(random.randrange, 10, 0), err(random.randrange, 0, 10, 0),
      err(random.randrange, 1.5), err(random.randint, 5, 1), err(random.randrange, 5, 10, -1))

print("getrandbits", [random.getrandbits(k) < 2 ** k for k in (0, 1, 8, 32, 33, 64, 200)],
      random.getrandbits(0), err(random.getrandbits, -1))
print("uniform", all(2.0 <= random.uniform(2, 5) <= 5.0 for _ in range(100)),
      all(-1 <= random.uniform(0, -1) <= 0 for _ in range(100)))

seq = ["a", "b", "c", "d"]
print("choice", all(random.choice(seq) in seq for _ in range(50)), random.choice("x"),
      random.choice(range(3, 4)), err(random.choice, []))

x = list(range(20))
random.shuffle(x)
print("shuffle", sorted(x) == list(range(20)), len(x), err(random.shuffle, (1, 2)))
y = []
random.shuffle(y)
print(y)

s = random.sample(range(100), 10)
print("sample", len(s), len(set(s)), all(0 <= v < 100 for v in s))
s = random.sample(["x", "y", "z"], 3)
print(sorted(s), random.sample("abc", 0), len(random.sample(range(10 ** 9), 5)))
s = random.sample(["r", "g"], 4, counts=[3, 2])
print(sorted(set(s)) <= ["g", "r"], len(s), s.count("g") <= 2)
print(err(random.sample, [1, 2], 3), err(random.sample, {1, 2}, 1), err(random.sample, [1], -1))

c = random.choices(["a", "b", "c"], k=50)
print("choices", len(c), set(c) <= {"a", "b", "c"})
c = random.choices(["a", "b", "c"], weights=[0, 1, 0], k=20)
print(c == ["b"] * 20)
c = random.choices(["a", "b"], cum_weights=[0, 5], k=10)
print(c == ["b"] * 10, len(random.choices(range(5))))
print(err(random.choices, [1, 2], [1], k=2), err(random.choices, [1, 2], [0, 0]),
      err(random.choices, [1, 2], weights=[1, 1], cum_weights=[1, 2]), err(random.choices, [], k=1))

t = [random.triangular(1, 3) for _ in range(200)]
print("triangular", all(1 <= v <= 3 for v in t), random.triangular(2, 2),
      all(0 <= random.triangular(0, 10, 9) <= 10 for _ in range(50)))
g = [random.gauss(10, 2) for _ in range(2000)]
m = sum(g) / len(g)
print("gauss mean ~10", 9.7 < m < 10.3)
n = [random.normalvariate(0, 1) for _ in range(2000)]
print("normal sd ~1", 0.9 < (sum(v * v for v in n) / len(n)) ** 0.5 < 1.1)
e = [random.expovariate(2.0) for _ in range(2000)]
print("expo mean ~0.5", 0.45 < sum(e) / len(e) < 0.55, min(e) >= 0)
print("lognorm", all(random.lognormvariate(0, 1) > 0 for _ in range(50)))
print("pareto", all(random.paretovariate(3) >= 1 for _ in range(50)))
print("weibull", all(random.weibullvariate(1, 2) >= 0 for _ in range(50)))
bv = [random.betavariate(2, 5) for _ in range(500)]
print("beta", all(0 <= v <= 1 for v in bv), 0.2 < sum(bv) / len(bv) < 0.37)
gv = [random.gammavariate(0.5, 2) for _ in range(500)] + [random.gammavariate(3, 1) for _ in range(500)]
print("gamma", all(v >= 0 for v in gv), err(random.gammavariate, 0, 1))
print("vonmises", all(0 <= random.vonmisesvariate(1, 4) < 6.3 for _ in range(50)))

rb = random.randbytes(10)
print("randbytes", type(rb).__name__, len(rb), random.randbytes(0), err(random.randbytes, -1))

# Random instances have their own state
r1 = random.Random(42)
r2 = random.Random(42)
print("Random", [r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
r3 = random.Random("seed text")
v = [r3.randint(1, 100) for _ in range(5)]
r3.seed("seed text")
print(v == [r3.randint(1, 100) for _ in range(5)], all(1 <= x <= 100 for x in v))
st = r1.getstate()
u = r1.random()
r1.setstate(st)
print("state", u == r1.random())
random.seed(1)
q = random.random()
random.seed(1)
r1.random()
print("independent of module", q == random.random())
print(sorted(r1.sample(range(10), 10)) == list(range(10)), 0 <= r1.random() < 1)
l = list(range(10))
r1.shuffle(l)
print(sorted(l) == list(range(10)), r1.choice([7]), len(r1.choices("ab", k=4)))
print(isinstance(random.Random(), random.Random), isinstance(random.SystemRandom(), random.Random))
print(0 <= random.SystemRandom().random() < 1)
