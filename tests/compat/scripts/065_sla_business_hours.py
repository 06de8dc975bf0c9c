from datetime import datetime, timedelta, time

OPEN, CLOSE = time(9, 0), time(17, 0)


def business_minutes(start, end):
    """Minutes between start and end that fall within Mon-Fri 09:00-17:00."""
    total = 0
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5:
            window_start = max(start, datetime.combine(day, OPEN))
            window_end = min(end, datetime.combine(day, CLOSE))
            if window_end > window_start:
                total += int((window_end - window_start).total_seconds() // 60)
        day += timedelta(days=1)
    return total


tickets = [
    ("T-1", "2024-05-06 10:00", "2024-05-06 11:30"),
    ("T-2", "2024-05-06 16:30", "2024-05-07 09:45"),
    ("T-3", "2024-05-10 15:00", "2024-05-13 10:00"),
    ("T-4", "2024-05-11 12:00", "2024-05-12 18:00"),
    ("T-5", "2024-05-08 08:00", "2024-05-09 18:00"),
]
SLA = 4 * 60
for tid, opened, resolved in tickets:
    o = datetime.strptime(opened, "%Y-%m-%d %H:%M")
    r = datetime.strptime(resolved, "%Y-%m-%d %H:%M")
    mins = business_minutes(o, r)
    wall = r - o
    verdict = "met" if mins <= SLA else "BREACHED"
    print(f"{tid}: {o:%a %H:%M} -> {r:%a %H:%M} | wall {str(wall):>15} | business {mins // 60}h{mins % 60:02d}m | SLA {verdict}")
