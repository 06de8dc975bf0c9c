# statistics.NormalDist: pdf/cdf/inv_cdf (all three AS241 regions), overlap, arithmetic, errors.
from statistics import NormalDist, StatisticsError
import statistics
def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
for x in (55, 85.5, 100, 115, 130.25, 200):
    print(x, repr(n.pdf(x)), repr(n.cdf(x)), repr(n.zscore(x)))
for p in (1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.4, 0.425, 0.5, 0.575, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-10):
    print(p, repr(NormalDist().inv_cdf(p)), repr(n.inv_cdf(p)))
print(n.quantiles(), n.quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(5, 2).overlap(NormalDist(5, 2)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 1.5, 10 - a, a * 2, 3 * a, a / 4, -a, +a, a == NormalDist(10, 3), a == b, a == 5)
print(NormalDist(1.0, 0.3) + NormalDist(2.0, 0.7), NormalDist(0.1, 0.2) - NormalDist(0.3, 0.4))
s = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(s, NormalDist.from_samples([1, 2, 3, 4]))
show('neg sigma', lambda: NormalDist(0, -1))
show('pdf0', lambda: NormalDist(0, 0).pdf(1))
show('cdf0', lambda: NormalDist(0, 0).cdf(1))
show('inv0', lambda: NormalDist().inv_cdf(0))
show('inv1', lambda: NormalDist().inv_cdf(1.0))
show('z0', lambda: NormalDist(1, 0).zscore(1))
show('overlap type', lambda: NormalDist().overlap(5))
show('from 1', lambda: NormalDist.from_samples([1]))
print(len(NormalDist(5, 2).samples(7, seed=42)), hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
