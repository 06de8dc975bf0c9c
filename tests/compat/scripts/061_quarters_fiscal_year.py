from datetime import date


def quarter(d):
    return (d.month - 1) // 3 + 1


def fiscal_year(d, start_month=4):
    """Fiscal year named after the calendar year in which it ends (April start)."""
    return d.year + 1 if d.month >= start_month else d.year


def fiscal_quarter(d, start_month=4):
    shifted = (d.month - start_month) % 12
    return shifted // 3 + 1


sales = [
    (date(2023, 3, 30), 1200), (date(2023, 4, 2), 800), (date(2023, 6, 30), 450),
    (date(2023, 9, 12), 990), (date(2023, 12, 24), 1500), (date(2024, 1, 8), 300),
    (date(2024, 3, 31), 720), (date(2024, 4, 1), 640),
]

cal, fis = {}, {}
for d, amount in sales:
    cal_key = f"{d.year}-Q{quarter(d)}"
    fis_key = f"FY{fiscal_year(d) % 100:02d} Q{fiscal_quarter(d)}"
    cal[cal_key] = cal.get(cal_key, 0) + amount
    fis[fis_key] = fis.get(fis_key, 0) + amount

print("Calendar quarters:")
for k, v in sorted(cal.items()):
    print(f"  {k}: {v:>6,}")
print("Fiscal quarters (April start):")
for k, v in sorted(fis.items()):
    print(f"  {k}: {v:>6,}")

for d, _ in sales[:3]:
    print(d, "->", f"Q{quarter(d)}", f"FY{fiscal_year(d)}", f"FQ{fiscal_quarter(d)}")
