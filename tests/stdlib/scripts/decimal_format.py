# format() and f-strings with Decimal: exact, rounding with the context.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP

D = Decimal
specs = ["", ".2f", ",.2f", ">10", "<10", "^10", "=+10", "010.2f", "08,",
         "010,.2f", ".0%", ".1%", "%", "e", ".2e", "E", "g", ".3g", ".5g", "G",
         "n", "+", " ", "z.2f", "*^12,.1f", ".0f", ".10f", ".2g", ",", "0=12.3f",
         "-^9", ".0", ".3", ".2E", ",%", " 010.1f", "+010,.2f", "z010.1f"]
vals = ["1234.5", "-0.001", "1.10", "1E+2", "0E-8", "123456789.987654321",
        "-1234567.891", "0", "-0", "2.675", "2.665", "0.5", "2.5", "0.00001234",
        "9.999", "99.96", "Infinity", "-Infinity", "NaN", "1E+30"]
for v in vals:
    print(v)
    for s in specs:
        print("   %-10r %r" % (s, format(D(v), s)))

for bad in ["#", "_", "d", "x", "<010", ".,2f", "00", ",n", "10.2q"]:
    try:
        format(D("1.5"), bad)
        print(bad, "no error")
    except ValueError as e:
        print(repr(bad), type(e).__name__)

price, qty = D("19.99"), 3
total = price * qty
print(f"{price} x {qty} = {total}")
print(f"{total:.2f} {total:>10.2f} {total:,.2f} {D('1234567.891'):,.2f}")
print(f"{D('0.0825'):.2%} {D('0.2'):.0%} {D('1') / 3:.4f} {D('2') / 3:.3e}")
print("{:>12} | {:<8} | {:^9}".format(D("1.5"), D("-2"), D("3.25")))
print("{0:.1f} {0:.3f} {0}".format(D("2.25")))
print(f"{D('2.5'):.0f} {D('3.5'):.0f} {D('-2.5'):.0f} {D('2.675'):.2f}")
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_UP
    print(f"{D('2.5'):.0f} {D('3.5'):.0f} {D('-2.5'):.0f} {D('2.675'):.2f}")
    ctx.capitals = 0
    print(format(D("1E+5"), ""), format(D("1.5E-9"), ""), str(D("1E+5")))
print(format(D("1E+5"), ""), getcontext().capitals)
