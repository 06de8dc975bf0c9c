# statistics: every function on many datasets (ints, floats, Fractions, bools, big and
# tiny values); CPython computes exactly, so results must match to the last digit.
import statistics as st
from fractions import Fraction as F
seed = 7
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> 11
def rfloat(scale):
    return (rnd() / 2**53 - 0.3) * scale
datasets = [
    [1, 2, 3], [1, 2, 3, 4], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.1, 0.2, 0.3], [0.1] * 10, [1e16, 1.0, -1e16], [27.5, 1e-5, 3.14159, 2.71828, 1.41421],
    [10, 20, 30, 40, 55], [3, 3, 3], [1, 1, 2, 3, 5, 8, 13, 21, 34], [-5, 7, 0, 12, -3],
    [2.5, 3, 4.25, 5], [F(1, 3), F(2, 3), F(5, 6)], [F(1, 2), F(2), 3.0], [F(1, 3), 0.25],
    [True, False, True, True], [10**20, 10**20 + 1, 10**20 + 5], [1e300, 1e300, 1.5e300], [5e-324, 1e-320, 2e-310],
    [1e-300, 1e300, 1.0], [0.0, 0.0, 0.0], [-0.0, 0.0], [95.0, 85.5, 77.25, 100.0, 60.125, 88.8, 91.2],
    [rfloat(100) for _ in range(50)], [rfloat(1e6) for _ in range(101)], [rnd() % 1000 for _ in range(200)],
    [round(rfloat(10), 2) for _ in range(77)], [rfloat(1e-3) for _ in range(30)],
]
def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
for i, d in enumerate(datasets):
    print('== dataset', i, len(d))
    for fn in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
               'pstdev', 'pvariance', 'stdev', 'variance', 'harmonic_mean', 'geometric_mean'):
        f = getattr(st, fn)
        show(fn, f, d)
    show('quantiles', st.quantiles, d)
    show('quantiles10', st.quantiles, d, n=10)
    show('quantiles incl', st.quantiles, d, n=5, method='inclusive')
    show('variance xbar', st.variance, d, st.mean(d))
    show('pvariance mu', st.pvariance, d, st.median(d))
    if all(abs(float(x)) < 1e150 for x in d):  # CPython 3.11 fails on an infinite result here
        show('stdev xbar', st.stdev, d, st.mean(d))
    if len(d) > 2:
        y = [x * 2 + i for i, x in enumerate(d)] if not isinstance(d[0], F) else d
        show('covariance', st.covariance, d, y)
        show('correlation', st.correlation, d, y)
        show('linreg', st.linear_regression, d, y)
        show('linreg prop', st.linear_regression, d, y, proportional=True)
