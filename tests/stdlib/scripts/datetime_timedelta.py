from datetime import timedelta

# normalisation into days, seconds, microseconds
for td in [timedelta(1), timedelta(days=1, hours=2, minutes=3, seconds=4),
           timedelta(seconds=-1), timedelta(hours=-25), timedelta(weeks=2),
           timedelta(milliseconds=1500), timedelta(microseconds=-1),
           timedelta(minutes=90), timedelta(0), timedelta(days=-1, seconds=5),
           timedelta(seconds=86400 * 3 + 7), timedelta(days=999999999)]:
    print(td.days, td.seconds, td.microseconds, str(td), repr(td))

# floats are rounded to the microsecond, half to even
for td in [timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=0.1234565),
           timedelta(microseconds=0.5), timedelta(microseconds=1.5),
           timedelta(microseconds=-0.5), timedelta(weeks=1.5, minutes=-0.5),
           timedelta(seconds=1e-7), timedelta(milliseconds=0.0005),
           timedelta(days=1.25, hours=-3.5)]:
    print(repr(td), str(td))

# str forms
print(str(timedelta(days=2, microseconds=5)), str(timedelta(days=-2)),
      str(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
print(str(-timedelta(seconds=1, microseconds=5)), str(timedelta(days=1)))

# total_seconds
for td in [timedelta(seconds=7), timedelta(days=1, microseconds=1),
           -timedelta(seconds=1, microseconds=5), timedelta(hours=1.5),
           timedelta(days=-3, hours=5)]:
    print(td.total_seconds())

# arithmetic
a = timedelta(hours=1)
b = timedelta(minutes=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 3, 3 * a, a * 1.1, 0.5 * a, a * -2, a * 0)
print(a / 3, a / 0.7, a / b, a // b, a % b, a // 7, divmod(a, b))
print(divmod(a, -b), (-a) // b, (-a) % b, timedelta(seconds=1) // 3)
print(timedelta(days=10) / timedelta(hours=1), timedelta(days=1) / 86400)
print(sum([timedelta(minutes=m) for m in range(1, 11)], timedelta()))

# comparisons, hashing, truth
print(a > b, a < b, a == timedelta(minutes=60), a != b, a >= a, b <= a)
print(a == 60, a != 'x', bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(sorted([timedelta(hours=2), timedelta(0), timedelta(days=-1), b]))
d = {timedelta(hours=1): 'h', timedelta(minutes=60, seconds=0): 'again'}
print(len(d), d[timedelta(seconds=3600)])
print(max(a, b), min(a, b))

# limits
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.max.days, timedelta.min.days)

# errors
def err(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)


def errtype(f):
    # operator errors: the message is the interpreter's own
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)

err(lambda: timedelta('1'))
err(lambda: timedelta(days=None))
err(lambda: timedelta(1000000000))
err(lambda: timedelta.max + timedelta(1))
err(lambda: timedelta.min - timedelta(1))
errtype(lambda: a / 0)
errtype(lambda: a // timedelta(0))
err(lambda: a < 5)
errtype(lambda: a + 1)
errtype(lambda: a * 'x')
