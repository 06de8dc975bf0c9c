# Decimal construction, printing, arithmetic and comparisons.
from decimal import Decimal, DecimalTuple, InvalidOperation, getcontext
from fractions import Fraction

D = Decimal

print("-- construction and repr")
for v in ["1.10", "1E+2", "0E-8", "-0", "0.000001", "0.0000001", "123E-10",
          "1_000.5", "  42\n", "+.5e-3", "5.", "-Inf", "infinity", "nan",
          "-sNaN12", "NaN01", "12345678901234567890123456789012345",
          "1.00E+3", "-1.5E-7", "1e0", "100"]:
    d = D(v)
    print(repr(v), repr(d), str(d), d.to_eng_string())
for v in [0, 5, -17, 10 ** 30, True]:
    print(v, repr(D(v)))
for f in [0.1, 0.5, -0.0, 1e20, 2.5, 1e-5, 123.456, float("inf"), float("nan")]:
    print(f, repr(D(f)), repr(D.from_float(f)))
print(repr(D((0, (1, 2, 3), -2))), repr(D((1, (), "F"))), repr(D((0, (1, 2), "n"))),
      repr(D((1, (0, 0), 5))), repr(D([0, [1], 2])))
print(repr(D(D("3.30"))))
for bad in ["", ".", "e5", "1e", "1e+", "abc", "1.2.3", "--1", "Infinit", "0x10"]:
    try:
        D(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for bad in [None, [1, 2], (0, (1,), 1.5), (2, (1,), 0), (0, (10,), 0)]:
    try:
        D(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__)

print("-- as_tuple, adjusted, ratio")
for v in ["3.14159", "-0.00", "1E+5", "NaN", "-Infinity", "120"]:
    d = D(v)
    t = d.as_tuple()
    print(v, t, t.sign, t.digits, t.exponent, d.adjusted())
print(isinstance(D("1.5").as_tuple(), tuple), DecimalTuple(0, (1,), 0))
print(D("12.3456").as_integer_ratio(), D("-0.75").as_integer_ratio(), D(8).as_integer_ratio())

print("-- arithmetic keeps trailing zeros")
a, b = D("1.10"), D("2.20")
print(a + b, a - b, a * b, b / a, a + 1, 1 + a, 2 * a, a * 2, 3 - a, a - 3)
print(D("0.1") * 3, D("0.1") * D("3.0"), D("1.20") / 2, D(10) / 4, D(1) / 3 * 3)
print(D(100) / D("1.0"), D("1.000") / D("0.01"), D("0.00") / D("0.1"), D(0) / 5)
print(D(1) - 1, D("-1.0") + 1, -D(0), -D("-0.00"), +D("-0"), abs(D("-1.50")))
print(D("1E+100") + 1, D(1) + D("1E-100"), D("0E-100") + D("1.5"))
print(D("7.5") // 2, D("7.5") % 2, D(-7) // 2, D(-7) % 2, D(7) % D(-2))
print(divmod(D("7.5"), 2), divmod(D(-7), D(2)), 7 // D(2), 7 % D(2), 1 / D(8))
print(D("0.5") // D("0.3"), D("-0.5") // 1, D("0.0") % 1, D("1.00") % D("0.3"))
print(D(2) ** 10, D("1.5") ** 2, D("2.0") ** 2, D(2) ** -1, D(3) ** -1,
      D("1.05") ** 12, D(10) ** 30, D("1.0") ** 3, D(-2) ** 3, D(-2) ** -3,
      2 ** D(3), D(0) ** 2, D("1E-2") ** -1, D(5) ** -20)

print("-- comparisons")
vals = [D("1.5"), D("1.50"), D(2), D("-0"), D(0), D("-3.25")]
for x in vals:
    print(x, x == 1.5, x < 2, x >= D("1.5"), x != 0, x > -4, x <= 0)
print(D("1.1") == 1.1, D("0.5") == 0.5, D("0.5") < 0.75, D(3) == 3, D(3) == "3")
print(D("1.5") == Fraction(3, 2), D("1.5") < Fraction(7, 4), D(2) > Fraction(3, 2))
print(D("NaN") == D("NaN"), D("NaN") != 1, D("Infinity") > 10 ** 30, D("-Infinity") < -1)
print(max(D("1.5"), D("2.25"), D("-3")), min([D(3), D("2.5"), D("2.50")]))
print(sorted([D("3"), D("1.5"), D("-2"), D("1.50"), D("0")]))
print(sum([D("19.99"), D("5.05"), D("0.10")]), sum([D("1.1")] * 3, D(0)))
print(D("1.50").compare(D("1.5")), D(3).compare(2), D(-1).compare(D(0)))
print(D(1).max(D("1.0")), D("1.0").max(D(1)), D(1).min(D("1.0")), D(-2).max_mag(1))

print("-- hashing and conversions")
print(hash(D(5)) == hash(5), hash(D("5.000")) == hash(5), hash(D("0.5")) == hash(0.5),
      hash(D("-2")) == hash(-2), hash(D("1.1")) == hash(D("1.10")))
s = {D("1.0"), D(1), D("1.00")}
print(len(s), {D(2): "two"}[2])
print(int(D("-7.9")), int(D("1E+3")), float(D("0.1")), float(D("-1.5E-7")), bool(D(0)),
      bool(D("0.01")), complex(D("2.5")))
print(D("12.5").__round__(), D("13.5").__round__(), D("2.675").__round__(2),
      D("1234.5").__round__(-2), D(-2.5).__floor__(), D("-2.5").__ceil__(), D("-2.5").__trunc__())
for bad in ["NaN", "Infinity"]:
    try:
        int(D(bad))
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(getcontext().prec, getcontext().rounding)
