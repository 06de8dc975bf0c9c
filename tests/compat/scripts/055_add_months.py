import calendar
from datetime import date


def add_months(d, months):
    month_index = d.month - 1 + months
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def end_of_month(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def start_of_quarter(d):
    return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)


tests = [date(2024, 1, 31), date(2024, 2, 29), date(2023, 11, 30), date(2024, 12, 15)]
for d in tests:
    print(d, "->", [add_months(d, k).isoformat() for k in (1, 2, 3, -1, 12)])

print()
for d in tests:
    print(f"{d}: end of month {end_of_month(d)}, quarter starts {start_of_quarter(d)}")

# monthly subscription renewals starting on the 31st
start = date(2024, 1, 31)
print("renewals:", ", ".join(add_months(start, i).strftime("%d %b") for i in range(8)))
