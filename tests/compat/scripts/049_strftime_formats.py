from datetime import datetime

dt = datetime(2024, 3, 9, 14, 5, 7)
formats = [
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%m/%d/%y",
    "%B %d, %Y",
    "%b %d %Y",
    "%A, %d %B %Y",
    "%a %H:%M",
    "%I:%M %p",
    "%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%j",
    "%U %W",
    "%Y%m%d_%H%M%S",
    "Week %V of %G",
    "%%Y literal",
]
for fmt in formats:
    print(f"{fmt:<22} -> {dt.strftime(fmt)}")

print(f"{dt:%Y-%m-%d %H:%M}")
print("{:%d.%m.%Y}".format(dt))
print(dt.date().strftime("%d %b"), dt.time().strftime("%H.%M"))
print(datetime(2024, 1, 1, 0, 0).strftime("%I %p"), datetime(2024, 1, 1, 12, 30).strftime("%I:%M %p"))
