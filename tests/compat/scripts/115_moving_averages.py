from collections import deque

daily_sales = [120, 135, 128, 160, 155, 90, 85, 140, 150, 149, 170, 165, 100, 95, 180]


def sma(values, window):
    out = []
    buf = deque(maxlen=window)
    total = 0
    for v in values:
        if len(buf) == window:
            total -= buf[0]
        buf.append(v)
        total += v
        out.append(total / window if len(buf) == window else None)
    return out


def ema(values, alpha):
    out = []
    prev = None
    for v in values:
        prev = v if prev is None else alpha * v + (1 - alpha) * prev
        out.append(prev)
    return out


s3, s7 = sma(daily_sales, 3), sma(daily_sales, 7)
e = ema(daily_sales, 0.3)
print(f"{'day':>3} {'sales':>6} {'SMA3':>8} {'SMA7':>8} {'EMA.3':>8}")
for i, v in enumerate(daily_sales):
    f = lambda x: f"{x:8.2f}" if x is not None else f"{'-':>8}"
    print(f"{i + 1:>3} {v:>6} {f(s3[i])} {f(s7[i])} {f(e[i])}")

changes = [b - a for a, b in zip(daily_sales, daily_sales[1:])]
print("day-over-day changes:", changes)
print("biggest drop:", min(changes), "on day", changes.index(min(changes)) + 2)
cumulative = []
running = 0
for v in daily_sales:
    running += v
    cumulative.append(running)
print("cumulative:", cumulative[-5:])
