from datetime import timedelta


def humanize(td):
    seconds = int(td.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, secs = divmod(rem, 60)
    parts = []
    if days:
        parts.append(f"{days}d")
    if hours:
        parts.append(f"{hours}h")
    if minutes:
        parts.append(f"{minutes}m")
    if secs or not parts:
        parts.append(f"{secs}s")
    return sign + " ".join(parts)


durations = [
    timedelta(seconds=45),
    timedelta(minutes=90),
    timedelta(hours=26, minutes=3),
    timedelta(days=3, seconds=7322),
    timedelta(0),
    timedelta(hours=-5),
    timedelta(weeks=2, days=1),
]
for td in durations:
    print(f"{str(td):<22} {td.total_seconds():>12} s  -> {humanize(td)}")

total = sum(durations, timedelta())
print("sum:", total, "| days:", total.days, "| seconds:", total.seconds)
print("average:", total / len(durations))
print("ratio:", timedelta(hours=3) / timedelta(minutes=45))
print("floor div:", timedelta(days=1) // timedelta(hours=5))
print("hh:mm of 7385 s:", "{:02d}:{:02d}".format(*divmod(7385 // 60, 60)))
print(timedelta(days=1, hours=1) > timedelta(hours=24), abs(timedelta(hours=-2)))
