# quantize, the rounding modes, contexts and precision.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP,
                     InvalidOperation, Inexact, Rounded, DefaultContext)

D = Decimal
MODES = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
         ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
print(MODES)

print("-- quantize to cents in every mode")
CENT = D("0.01")
for v in ["2.675", "2.665", "-2.675", "2.6750001", "1.005", "0.125", "-0.125",
          "2.50", "19.999", "-0.004", "0.001", "1.015", "1.045", "1.055"]:
    print(v.rjust(10), " ".join(str(D(v).quantize(CENT, rounding=m)) for m in MODES))
print("-- to integers")
for v in ["0.5", "1.5", "2.5", "-0.5", "-1.5", "-2.5", "2.4", "2.6", "-2.6", "5.01"]:
    print(v.rjust(5), " ".join(str(D(v).to_integral_value(rounding=m)) for m in MODES))

print("-- quantize exponents")
x = D("123.456")
for q in ["1E+1", "1", "0.1", "0.00001", "1E-10", "0E-3", "1.0"]:
    print(q, x.quantize(D(q)), D(0).quantize(D(q)), D("-0.0004").quantize(D(q)))
print(D("9.999").quantize(CENT), D("123").quantize(D("0.001")), D("1E+30").quantize(D("1E+28")))
try:
    D("1E+30").quantize(D(1))
except InvalidOperation as e:
    print("quantize:", type(e).__name__, e)
print(D("Infinity").quantize(D("Infinity")), D("NaN").quantize(CENT))
print(D(1).scaleb(-2), D("1.5").scaleb(2), D("12.5").to_integral_exact(), D("1E+3").to_integral())

print("-- normalize")
for v in ["1.500", "100", "-0.00", "0E+5", "120.00", "1.23456789012345678901234567890123", "Infinity"]:
    print(v, D(v).normalize())

print("-- context precision and rounding")
ctx = getcontext()
print(ctx)
print(D(1) / D(7), D(2) / D(3), D(22) / D(7))
ctx.prec = 6
print(D(1) / D(7), D(2) / D(3), D("123456789") + 0, D("1.2345678") * 1, D(10) ** 3, D("1.500").normalize())
print(+D("1234567.89"), -D("1234567.89"), abs(D("-7.7777777")), D("0.1") + D("0.22222222"))
ctx.rounding = ROUND_DOWN
print(D(2) / D(3), D("-2") / D(3), D("999999.9") + 0)
ctx.rounding = ROUND_CEILING
print(D(2) / D(3), D("-2") / D(3), D(1) - D(1))
ctx.rounding = ROUND_FLOOR
print(D(1) - D(1), D("-0") + D("0"), -D(0))
ctx.prec = 28
ctx.rounding = ROUND_HALF_EVEN
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.Etiny(), ctx.Etop(), ctx.capitals, ctx.clamp)
for bad in [0, -1, "x"]:
    try:
        ctx.prec = bad
    except (ValueError, TypeError) as e:
        print("prec", repr(bad), type(e).__name__)
try:
    ctx.rounding = "HALF"
except TypeError as e:
    print("rounding", type(e).__name__)

print("-- localcontext")
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(3), getcontext().prec, lc is getcontext())
print(D(1) / D(3), getcontext().prec)
with localcontext(prec=3, rounding=ROUND_UP) as lc:
    print(D(1) / D(3), D("1.001") + 0, lc.prec, lc.rounding)
with localcontext(Context(prec=4)):
    print(D(10) / 3)
try:
    with localcontext() as lc:
        lc.prec = 2
        raise KeyError("boom")
except KeyError:
    print("restored", getcontext().prec)
c = Context(prec=9, rounding=ROUND_HALF_UP)
print(c.prec, c.rounding, c.divide(D(1), D(3)), c.add(D("1.23456789"), D("0.000000005")))
print(c.create_decimal("3.14159265358979"), c.quantize(D("2.5"), D(1)), c.sqrt(D(2)))
print(c.multiply(2, D("1.1")), c.subtract(D(1), D("0.1")), c.power(D(2), 10), c.to_sci_string(D("1E+3")))
old = getcontext()
setcontext(Context(prec=3))
print(D(2) / 3, getcontext().prec)
setcontext(old)
print(D(2) / 3)
print(DefaultContext.prec, decimal.BasicContext.prec, decimal.BasicContext.rounding, decimal.ExtendedContext.prec)

print("-- flags")
ctx = getcontext()
ctx.clear_flags()
D(1) / D(4)
print(ctx.flags[Inexact], ctx.flags[Rounded])
D(1) / D(3)
print(ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
ctx.traps[Inexact] = True
try:
    D(10) / D(3)
except Inexact as e:
    print("trapped", type(e).__name__)
print(D(10) / D(4))
ctx.traps[Inexact] = False
ctx.clear_flags()

print("-- money")
prices = [D("19.99"), D("5.05"), D("0.10"), D("2.675")]
total = sum(prices)
tax = (total * D("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
print(total, tax, total + tax, (total + tax).quantize(CENT))
share = (D("100.00") / 3).quantize(CENT, rounding=ROUND_DOWN)
print(share, share * 3, D("100.00") - share * 3)
rate = D("0.05") / 12
balance = D("1000.00")
for month in range(12):
    balance = (balance * (1 + rate)).quantize(CENT, rounding=ROUND_HALF_EVEN)
print(balance, D("1000") * (1 + D("0.05") / 12) ** 12)
