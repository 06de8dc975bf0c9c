from datetime import date, timedelta
import calendar


def next_billing_dates(anchor, count, interval="monthly"):
    dates = []
    for i in range(count):
        if interval == "monthly":
            m = anchor.month - 1 + i
            y = anchor.year + m // 12
            m = m % 12 + 1
            d = min(anchor.day, calendar.monthrange(y, m)[1])
            dates.append(date(y, m, d))
        elif interval == "weekly":
            dates.append(anchor + timedelta(weeks=i))
        elif interval == "yearly":
            try:
                dates.append(anchor.replace(year=anchor.year + i))
            except ValueError:
                dates.append(date(anchor.year + i, 2, 28))
        else:
            raise ValueError(f"unknown interval {interval!r}")
    return dates


plans = [
    ("Basic", date(2024, 1, 31), "monthly", 9.99),
    ("Team", date(2024, 2, 29), "yearly", 299.0),
    ("Daily Digest", date(2024, 3, 4), "weekly", 1.5),
]
for name, anchor, interval, price in plans:
    dates = next_billing_dates(anchor, 6, interval)
    print(f"{name} ({interval}, ${price:.2f}):")
    print("   " + ", ".join(d.isoformat() for d in dates))
    in_h1 = [d for d in dates if d < date(2024, 7, 1)]
    print(f"   charges before July: {len(in_h1)} = ${len(in_h1) * price:,.2f}")

try:
    next_billing_dates(date(2024, 1, 1), 2, "hourly")
except ValueError as e:
    print("error:", e)
