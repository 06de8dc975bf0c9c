import math

latencies = [12, 15, 11, 19, 22, 14, 13, 95, 17, 16, 18, 21, 13, 12, 40, 15, 14, 16, 20, 13]


def percentile_linear(data, p):
    """Like numpy.percentile with linear interpolation."""
    xs = sorted(data)
    k = (len(xs) - 1) * p / 100
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return float(xs[int(k)])
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def percentile_nearest_rank(data, p):
    xs = sorted(data)
    rank = max(1, math.ceil(p / 100 * len(xs)))
    return xs[rank - 1]


print(f"{'p':>4} {'linear':>8} {'nearest':>8}")
for p in (0, 10, 25, 50, 75, 90, 95, 99, 100):
    print(f"{p:>4} {percentile_linear(latencies, p):>8.2f} {percentile_nearest_rank(latencies, p):>8}")

under_20 = sum(1 for x in latencies if x < 20) / len(latencies)
print(f"share under 20 ms: {under_20:.0%}")


def percentile_rank(data, value):
    below = sum(1 for x in data if x < value)
    equal = sum(1 for x in data if x == value)
    return 100 * (below + 0.5 * equal) / len(data)


for v in (13, 16, 40):
    print(f"percentile rank of {v}: {percentile_rank(latencies, v):.1f}")
