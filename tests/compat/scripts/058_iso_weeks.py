from datetime import date, timedelta

for d in [date(2024, 1, 1), date(2023, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2026, 12, 31)]:
    iso = d.isocalendar()
    print(f"{d} {d:%a}: ISO year {iso[0]}, week {iso[1]:>2}, weekday {iso[2]} | isoweekday={d.isoweekday()} weekday={d.weekday()}")

iso = date(2024, 8, 14).isocalendar()
print(iso.year, iso.week, iso.weekday)


def week_start(year, week):
    return date.fromisocalendar(year, week, 1)


for wk in (1, 10, 52):
    s = week_start(2024, wk)
    print(f"2024-W{wk:02d}: {s} .. {s + timedelta(days=6)}")

# group some dates by ISO week
days = [date(2024, 4, 1) + timedelta(days=i * 3) for i in range(8)]
weeks = {}
for d in days:
    key = "%d-W%02d" % d.isocalendar()[:2]
    weeks.setdefault(key, []).append(d.day)
print(weeks)
