import math


def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    if r == 0:
        return principal / n
    return principal * r * (1 + r) ** n / ((1 + r) ** n - 1)


principal, rate, years = 25_000, 0.065, 3
pay = monthly_payment(principal, rate, years)
print(f"Loan ${principal:,} at {rate:.2%} for {years} years -> ${pay:,.2f}/month")

balance = principal
total_interest = 0
print(f"{'#':>3} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
for month in range(1, years * 12 + 1):
    interest = balance * rate / 12
    principal_part = pay - interest
    balance -= principal_part
    total_interest += interest
    if month <= 3 or month % 12 == 0:
        print(f"{month:>3} {pay:>10.2f} {interest:>10.2f} {principal_part:>10.2f} {max(balance, 0):>12,.2f}")
print(f"total interest: ${total_interest:,.2f}")

# compound interest growth
for label, n in [("yearly", 1), ("monthly", 12), ("daily", 365)]:
    fv = 10_000 * (1 + 0.05 / n) ** (n * 10)
    print(f"$10,000 at 5% compounded {label:<8} for 10y: ${fv:,.2f}")
print(f"rule of 72 at 6%: {72 / 6:.0f} years; exact: {math.log(2) / math.log(1.06):.2f}")
