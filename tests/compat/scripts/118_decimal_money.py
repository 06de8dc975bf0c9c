from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

prices = [Decimal("19.99"), Decimal("5.05"), Decimal("0.10"), Decimal("2.675")]
print("sum:", sum(prices))
print("float sum:", sum(float(p) for p in prices))

CENT = Decimal("0.01")
for p in prices:
    print(p, p.quantize(CENT, rounding=ROUND_HALF_UP), p.quantize(CENT, rounding=ROUND_HALF_EVEN))

subtotal = Decimal("123.45")
tax_rate = Decimal("0.0825")
tax = (subtotal * tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)
print(f"subtotal {subtotal}, tax {tax}, total {subtotal + tax}")

# split a bill so the parts add up exactly
def split(amount, parts):
    base = (amount / parts).quantize(CENT, rounding="ROUND_DOWN")
    shares = [base] * parts
    remainder = amount - base * parts
    i = 0
    while remainder > 0:
        shares[i] += CENT
        remainder -= CENT
        i += 1
    return shares

shares = split(Decimal("100.00"), 3)
print(shares, sum(shares))
print(Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("10") ** 3, Decimal("1.500").normalize())
print(Decimal("3.14159").as_tuple().exponent, Decimal(0.1))
print(f"{Decimal('1234.5'):,.2f}", Decimal("-0.00") == 0, Decimal("7.5") // 2, Decimal("7.5") % 2)
