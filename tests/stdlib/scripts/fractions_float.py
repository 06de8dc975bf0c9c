# Fraction <-> float conversions must be exact / correctly rounded, also for
# big numerators and denominators and subnormal results.
from fractions import Fraction

seed = 2024


def rnd(bits):
    # A small deterministic generator (no random module: it differs).
    global seed
    out = 0
    for _ in range(bits // 30 + 1):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = (out << 30) | (seed & (2**30 - 1))
    return out % (2**bits) + 1


lines = []
for i in range(400):
    n = rnd(10 + (i * 13) % 200)
    d = rnd(5 + (i * 7) % 150)
    f = Fraction(n, d)
    x = float(f)
    lines.append(repr(x))
    lines.append(repr(float(-f)))
    # float -> Fraction is exact, so it round-trips
    assert float(Fraction(x)) == x
print("\n".join(lines))
for n, d in [(1, 2**1074), (3, 2**1076), (1, 2**1075), (3, 2**1075), (2**60 + 1, 2**1134),
             (1, 3 * 2**1070), (2**53 + 1, 1), (2**54 + 3, 1), (2**64 + 2**11 + 1, 1),
             (10**400, 10**399), (1, 10**400)]:
    print(repr(float(Fraction(n, d))))
try:
    float(Fraction(10**400))
except OverflowError as e:
    print("OverflowError")
for x in [0.1, 1 / 3, 2.5e-310, 1.7976931348623157e308, -123.456, 5e-324]:
    f = Fraction(x)
    print(f == x, float(f) == x, f.denominator & (f.denominator - 1) == 0)
print(Fraction(1, 10) == 0.1, Fraction(0.1) == Fraction("0.1"), Fraction(0.1) - Fraction("0.1"))
