# Signals, traps, special values and Decimal's other methods.
import decimal
from decimal import (Decimal, Context, localcontext, getcontext, InvalidOperation,
                     DivisionByZero, Overflow, Inexact, Rounded, Clamped,
                     DecimalException, FloatOperation, Subnormal, Underflow)

D = Decimal


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except (ArithmeticError, TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


print("-- errors")
attempt("1/0", lambda: D(1) / 0)
attempt("-1/0", lambda: D(-1) / D("0.00"))
attempt("0/0", lambda: D(0) / 0)
attempt("5%0", lambda: D(5) % 0)
attempt("0%0", lambda: D(0) % 0)
attempt("5//0", lambda: D(5) // 0)
attempt("1E+30//3", lambda: D("1E+30") // 3)
attempt("sqrt(-1)", lambda: D(-1).sqrt())
attempt("0**0", lambda: D(0) ** 0)
attempt("0**-1", lambda: D(0) ** -1)
attempt("(-8)**0.5", lambda: D(-8) ** D("0.5"))
attempt("overflow", lambda: D("9E+999999") * 10)
attempt("big pow", lambda: D(10) ** 1000000)
attempt("ln(0)", lambda: D(0).ln())
attempt("ln(-1)", lambda: D(-1).ln())
attempt("NaN<1", lambda: D("NaN") < 1)
attempt("sNaN+1", lambda: D("sNaN") + 1)
attempt("NaN+1", lambda: D("NaN") + 1)
attempt("inf-inf", lambda: D("Infinity") - D("Infinity"))
attempt("inf*0", lambda: D("Infinity") * 0)
attempt("inf/inf", lambda: D("Infinity") / D("-Infinity"))
attempt("1/inf", lambda: D(1) / D("Infinity"))
attempt("inf+1", lambda: D("Infinity") + 1)
attempt("-inf*-2", lambda: D("-Infinity") * -2)
for label, f in [("D+float", lambda: D("1.5") + 1.5), ("D*str", lambda: D("1.5") * "2")]:
    try:
        f()
    except TypeError as e:
        print(label, "->", type(e).__name__)  # CPython names the type decimal.Decimal
attempt("D(None)", lambda: D(None))
attempt("float(sNaN)", lambda: float(D("sNaN")))
attempt("hash(sNaN)", lambda: hash(D("sNaN")))
attempt("quantize inf", lambda: D(1).quantize(D("Infinity")))
attempt("quantize bad rounding", lambda: D(1).quantize(D("0.1"), rounding="UP"))
print(issubclass(InvalidOperation, DecimalException), issubclass(InvalidOperation, ArithmeticError),
      issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionByZero, ArithmeticError),
      issubclass(Overflow, Inexact), issubclass(decimal.ConversionSyntax, InvalidOperation),
      issubclass(decimal.DivisionUndefined, InvalidOperation))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)
try:
    D("12,5")
except (InvalidOperation, ValueError) as e:
    print("caught:", type(e).__name__, e)

print("-- without traps")
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    ctx.traps[DivisionByZero] = False
    ctx.traps[Overflow] = False
    print(D(1) / 0, D(-1) / 0, D(0) / 0, D("abc"), D(-1).sqrt(), D("9E+999999") * 10)
    print(D("NaN") < 1, D("NaN") == D("NaN"), D("sNaN") + 1, D(0) ** 0, divmod(D(5), 0))
    print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
    ctx.clear_flags()
    print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
    print(ctx)
with localcontext(Context(prec=5, Emax=10, Emin=-10)) as ctx:
    ctx.traps[Overflow] = False
    print(D("99999E6") * 10, D("1E-14") / 10, D("1E-16") / 10, D("1E-20") / 10)
    print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
    ctx.clamp = 1
    print(D("1E+10") + 0, D(0).next_plus(), D("1.5E-14").is_subnormal(), D("1E-9").is_normal())

print("-- special values")
for v in ["Infinity", "-Infinity", "NaN", "-NaN", "sNaN", "0", "-0", "1.5", "-1E-1000000"]:
    d = D(v)
    print(v, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(),
          d.is_zero(), d.is_signed(), d.is_normal(), d.is_subnormal(), d.number_class(),
          d.adjusted(), d.copy_abs(), d.copy_negate(), bool(d))
print(D("Infinity") > D("1E+999999"), D("-Infinity") < 0, D("Infinity") == D("Infinity"))
print(float(D("Infinity")), float(D("-Infinity")), float(D("NaN")))
print(max(D(1), D("Infinity")), min(D(1), D("-Infinity")), D("NaN").max(D(3)), D(3).min(D("NaN")))

print("-- other methods")
print(D(2).sqrt(), D(4).sqrt(), D("4.00").sqrt(), D("0.25").sqrt(), D("0.00").sqrt(),
      D("1E+3").sqrt(), D("1E+4").sqrt(), D(10).sqrt(), D("-0").sqrt())
print(D(1).exp(), D(2).ln(), D(100).log10(), D("0.5").log10(), D(10).ln(), D(0).exp(), D(1).ln())
print(D(2) ** D("0.5"), D("1.5") ** D("2.5"), D(4) ** D("0.5"), D(2) ** D("2.0"), D("1.0") ** 100)
print(D("1.5").fma(2, D("0.25")), D("1.5").copy_sign(D(-1)), D("2.5").remainder_near(1),
      D(10).remainder_near(3), D("1.5").same_quantum(D("2.0")), D(123).logb(), D("0.001").logb())
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D("-1.00").next_plus())
print(D("1.0").compare_total(D(1)), D(1).compare_total(D("1.0")), D("-1").compare_total(D("-1.0")),
      D("NaN").compare_total(D("Infinity")), D(-5).compare_total(D(3)))
print(D(3).compare_signal(D(4)), D("1.23").to_eng_string(), D("123E+4").to_eng_string(),
      D("0E+4").to_eng_string(), D("-0.0000001").to_eng_string())
print(D(5).conjugate(), D("2.5").real, D("2.5").imag, D(7).radix(), D("1.5").canonical())
print(D(3).__pow__(4, 5), D(-3).__pow__(3, 7), D("1.5") ** -2)
print(D.from_float(0.25), Context().create_decimal_from_float(0.1), Context(prec=3).create_decimal("1.2345"))
print(str(Context(prec=7, rounding=decimal.ROUND_DOWN, traps=[Overflow], flags=[Inexact])))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
