from fractions import Fraction

a = Fraction(1, 3)
b = Fraction(2, 7)
print(a + b, a - b, a * b, a / b, a ** 2)
print(Fraction(6, 8), Fraction("0.125"), Fraction("3/12"), Fraction(0.5), Fraction(-10, 4))
print(repr(Fraction(3, 4)), float(Fraction(3, 4)), int(Fraction(7, 2)), round(Fraction(7, 2)))
print(Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10), 0.1 + 0.2 == 0.3)

# exact recipe scaling
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 2), "eggs": Fraction(2)}
scale = Fraction(5, 2)
for ingredient, amount in recipe.items():
    scaled = amount * scale
    whole, rem = divmod(scaled.numerator, scaled.denominator)
    mixed = f"{whole} {rem}/{scaled.denominator}" if whole and rem else (str(whole) if not rem else str(scaled))
    print(f"{ingredient:<7} {str(amount):>4} -> {mixed:>6} cups")

total = sum(Fraction(1, n) for n in range(1, 11))
print("H(10) =", total, "≈", round(float(total), 6))
print(Fraction(3.14159).limit_denominator(1000), Fraction(1, 3).limit_denominator(2))
print(sorted([Fraction(2, 3), Fraction(1, 2), Fraction(5, 8)]), max(Fraction(1, 3), 0.3))
print(Fraction(7, 3).numerator, Fraction(7, 3).denominator, Fraction(22, 7).as_integer_ratio())
