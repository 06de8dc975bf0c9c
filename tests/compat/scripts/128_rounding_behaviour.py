values = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678]

for v in values:
    print(f"{v!r:>10}  round()={round(v)!r:>5}  round(,2)={round(v, 2)!r:>8}  f'.2f'={v:.2f}")

print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 10 // 4, -7 // 2, -7 % 3)
print(1e16, 1e15 + 0.3, 123456789012345678.0, 1.0, 100.0, 1e-5, 0.0001, -0.0)
print(float("1e400"), float("-inf"), float("nan") == float("nan"))
print(int(3.99), int(-3.99), int("42"), int("0x1f", 16), int("101", 2), float("  2.5  "))
print(7 / 2, 7 // 2, 2 ** -1, 2 ** 100, (-2) ** 3, pow(2, 10, 1000), abs(-3.5))
print(sum([0.1] * 10) == 1.0, round(sum([0.1] * 10), 10) == 1.0)
print(f"{0.1:.20f}", repr(1.1 * 1.1), str(1 / 7), 3.0 * 1.1)


def round_half_up(x, digits=0):
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-digits)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


print([round_half_up(v, 2) for v in (2.675, 1.005, 0.125)], [round_half_up(v) for v in (0.5, 1.5, 2.5)])
