"""Basic statistics, following CPython's statistics module (3.11).

Like CPython, mean, variance and stdev compute with exact rationals, so their
results match CPython's to the last digit: floats are turned into integers
scaled by a common power of two (their exact values), summed with Python
ints, and the final ratio is rounded once.
"""

import math
from math import fsum, sqrt, exp, log, frexp, isfinite
from fractions import Fraction, _ratio_to_float, _float_ratio

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


try:
    from collections import namedtuple
    LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))
except ImportError:  # collections is optional here
    class LinearRegression:
        def __init__(self, slope, intercept):
            self.slope = slope
            self.intercept = intercept

        def __iter__(self):
            return iter((self.slope, self.intercept))

        def __getitem__(self, i):
            return (self.slope, self.intercept)[i]

        def __len__(self):
            return 2

        def __eq__(self, other):
            return tuple(self) == tuple(other)

        def __repr__(self):
            return "LinearRegression(slope=%r, intercept=%r)" % (self.slope, self.intercept)


def _as_list(data):
    t = type(data)
    if t is list or t is tuple:
        return data
    return list(data)


# --- exact arithmetic -------------------------------------------------------

def _coerce(T, S):
    # The result type for data mixing types T and S, as CPython's _coerce.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(data):
    # (T, set of the types in data)
    types = set(map(type, data))
    T = int
    for S in types:
        if S is str or S is bytes:
            raise TypeError("can't convert type '%s' to numerator/denominator" % S.__name__)
        T = _coerce(T, S)
    return T, types


def _ratio(x):
    # The exact (numerator, denominator) of one value.
    t = type(x)
    if t is int or t is bool:
        return int(x), 1
    if t is float:
        return _float_ratio(x)
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _nonfinite(data, types):
    # The float sum of the infinities and NaNs in data (CPython ignores the
    # finite values once one is present), or None when all are finite.
    if float not in types:
        return None
    try:
        fl = data if len(types) == 1 else [x for x in data if type(x) is float]
        if isfinite(sum(fl)):
            return None  # a quick test: any inf or nan would show in the sum
    except OverflowError:
        pass
    total = None
    for x in data:
        if type(x) is float and not isfinite(x):
            total = x if total is None else total + x
    return total


_CHUNK = 2048


def _scaled(data, types, squares):
    # Exact sums of the values (and of their squares) as ints, with every
    # value scaled by one power of two 2**k that makes all of them whole:
    # returns (sx, sxx, k), or None unless the data are ints and finite
    # floats close enough in magnitude for one float scale factor (the
    # usual case). Works in chunks to bound the memory of the big ints.
    for t in types:
        if t is not float and t is not int and t is not bool:
            return None
    mixed = len(types) > 1
    fl = [x for x in data if type(x) is float] if mixed else data
    hi = max(map(abs, fl))
    lo = min(map(abs, fl))
    if not lo:
        lo = 0
        for x in fl:
            if x and (not lo or abs(x) < lo):
                lo = abs(x)
    k = 53 - frexp(lo)[1] if lo else 0  # lo * 2**k, hence every float, is whole
    if mixed and k < 0:
        k = 0  # ints need k >= 0 to stay whole
    if k > 1000 or k < -1000 or (hi and frexp(hi)[1] + k > 1020):
        return None
    scale = 2.0 ** k
    ik = 1 << k if k > 0 else 1
    sx = sxx = 0
    for i in range(0, len(data), _CHUNK):
        part = data[i:i + _CHUNK]
        if mixed:
            ints = [int(x * scale) if type(x) is float else x * ik for x in part]
        else:
            ints = [int(x * scale) for x in part]
        sx += sum(ints)
        if squares:
            sxx += sum([v * v for v in ints])
    return sx, sxx, k


def _exact_sum(data):
    """(T, num, den, n) with sum(data) == num/den exactly; num is a float
    and den None when the data hold an infinity or NaN."""
    data = _as_list(data)
    T, types = _result_type(data)
    if T is int:
        return T, sum(data), 1, len(data)
    bad = _nonfinite(data, types)
    if bad is not None:
        return T, bad, None, len(data)
    sc = _scaled(data, types, False)
    if sc is not None:
        sx, _, k = sc
        if k >= 0:
            return T, sx, 1 << k, len(data)
        return T, sx << -k, 1, len(data)
    # General case: group numerators by denominator, as most data share few.
    parts = {}
    for x in data:
        n, d = _ratio(x)
        parts[d] = parts.get(d, 0) + n
    num, den = 0, 1
    for d, n in parts.items():
        num, den = num * d + n * den, den * d
    return T, num, den, len(data)


def _convert(num, den, T):
    # The exact value num/den as type T, as CPython's _convert.
    if den is None:  # non-finite float
        return num
    if T is Fraction:
        return Fraction(num, den)
    if issubclass(T, int):
        if num % den == 0:
            return T(num // den)
        return _ratio_to_float(num, den)
    if T is float:
        return _ratio_to_float(num, den)
    try:
        return T(Fraction(num, den))
    except TypeError:
        return T(_ratio_to_float(num, den))


def _sqrt_ratio(num, den):
    # sqrt(num/den), correctly rounded: an integer square root with at least
    # 55 bits and a sticky bit, rounded once by the int-to-float conversion.
    if num == 0:
        return 0.0
    s = (112 - (num.bit_length() - den.bit_length())) // 2
    if s >= 0:
        N, D = num << (2 * s), den
    else:
        N, D = num, den << (-2 * s)
    a = math.isqrt(N // D)
    if a * a * D != N:
        a |= 1
    return math.ldexp(float(a), -s)


def _ss(data, c):
    """(T, num, den, n): the exact sum of squared deviations from the mean,
    or from c when given (then computed in the data's own arithmetic)."""
    data = _as_list(data)
    if c is not None:
        devs = []
        for x in data:
            d = x - c
            devs.append(d * d)
        T, num, den, _ = _exact_sum(devs)
        return T, num, den, len(data)
    n = len(data)
    T, types = _result_type(data)
    if not n:
        return T, 0, 1, 0
    bad = _nonfinite(data, types)
    if bad is not None:
        return T, bad, None, n
    if T is int:
        sx = sum(data)
        sxx = 0
        for i in range(0, n, _CHUNK):
            sxx += sum([v * v for v in data[i:i + _CHUNK]])
        sc = sx, sxx, 0
    else:
        sc = _scaled(data, types, True)
    if sc is not None:
        sx, sxx, k = sc
        # The sums are of the values times 2**k: scale back by 4**k.
        num = n * sxx - sx * sx
        if k >= 0:
            return T, num, n << (2 * k), n
        return T, num << (-2 * k), n, n
    sx_n, sx_d = 0, 1
    sxx_n, sxx_d = 0, 1
    parts = {}
    for x in data:
        a, b = _ratio(x)
        p = parts.get(b)
        if p is None:
            parts[b] = [a, a * a]
        else:
            p[0] += a
            p[1] += a * a
    for b, (s1, s2) in parts.items():
        sx_n, sx_d = sx_n * b + s1 * sx_d, sx_d * b
        bb = b * b
        sxx_n, sxx_d = sxx_n * bb + s2 * sxx_d, sxx_d * bb
    # (n*sxx - sx*sx) / n with sx = sx_n/sx_d and sxx = sxx_n/sxx_d.
    num = n * sxx_n * sx_d * sx_d - sx_n * sx_n * sxx_d
    den = n * sxx_d * sx_d * sx_d
    return T, num, den, n


# --- averages ---------------------------------------------------------------

def mean(data):
    """Arithmetic mean, exact then rounded once (an int for int data
    when the mean is whole)."""
    T, num, den, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    if den is None:
        return num / n
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    """Fast float mean."""
    data = _as_list(data)
    n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights = _as_list(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean([log(x) for x in _as_list(data)]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers")


def harmonic_mean(data, weights=None):
    data = _as_list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sw_num, sw_den = n, 1
    else:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        for w in weights:
            if w < 0:
                raise StatisticsError(errmsg)
        _, sw_num, sw_den, _ = _exact_sum(weights)
    terms = []
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError(errmsg)
        if w:
            if not x:
                return 0
            terms.append(w / x)
        else:
            terms.append(0)
    T, num, den, _ = _exact_sum(terms)
    if den is None:  # an infinite or NaN term
        if num <= 0:
            raise StatisticsError("Weighted sum must be positive")
        return sw_num / sw_den / num
    if num <= 0:
        raise StatisticsError("Weighted sum must be positive")
    # sum_weights / total
    return _convert(sw_num * den, sw_den * num, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    i = n // 2
    if n % 2 == 1:
        return data[i]
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data: the 50th percentile interpolated
    within the class (width interval) centred on the middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # cf: values below the median class; f: values in it (all equal to x).
    cf = _bisect_left(data, x)
    f = _bisect_right(data, x, cf) - cf
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - cf) / f


def _bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_right(a, x, lo):
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _counts(data):
    counts = {}
    get = counts.get
    for x in data:
        counts[x] = get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first seen among ties)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = None
    top = 0
    for x, c in counts.items():
        if c > top:
            best, top = x, c
    return best


def multimode(data):
    """The most common values, in order of first appearance."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    """n-1 cut points dividing the data into n intervals of equal
    probability, by linear interpolation between data points."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n  # exact, in integers
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# --- spread -----------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator), exact then rounded."""
    T, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    if den is None:
        return num / (n - 1)
    return _convert(num, den * (n - 1), T)


def pvariance(data, mu=None):
    """Population variance, exact then rounded."""
    T, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    if den is None:
        return num / n
    return _convert(num, den * n, T)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded square root of the
    exact sample variance."""
    T, num, den, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    if den is None:
        return sqrt(num / (n - 1))
    return _sqrt_ratio(num, den * (n - 1))


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    T, num, den, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    if den is None:
        return sqrt(num / n)
    return _sqrt_ratio(num, den * n)


# --- two inputs -------------------------------------------------------------

def _pair(x, y, what):
    x = _as_list(x)
    y = _as_list(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError("%s requires that both inputs have same number of data points" % what)
    if n < 2:
        raise StatisticsError("%s requires at least two data points" % what)
    return x, y, n


def covariance(x, y):
    x, y, n = _pair(x, y, "covariance")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y):
    """Pearson's correlation coefficient."""
    x, y, n = _pair(x, y, "correlation")
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


def linear_regression(x, y, *, proportional=False):
    """Slope and intercept of the ordinary least squares line."""
    x, y, n = _pair(x, y, "linear regression")
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# --- the normal distribution -------------------------------------------------

def _hypot(a, b):
    # Correctly rounded sqrt(a*a + b*b), from the exact squares (MicroPython's
    # math has no hypot).
    if not (isfinite(a) and isfinite(b)):
        return abs(a) + abs(b)
    an, ad = _float_ratio(abs(a))
    bn, bd = _float_ratio(abs(b))
    return _sqrt_ratio(an * an * bd * bd + bn * bn * ad * ad, ad * ad * bd * bd)


# Wichura's algorithm AS 241 (PPND16), accurate to about 1e-16. The
# coefficients are parsed from strings at import: float constants frozen by
# mpy-cross keep only 16 significant digits, which is not always exact.
def _coefficients(text):
    return [float(c) for c in text.split()]


_A = _coefficients(
    "2.5090809287301226727e+3 3.3430575583588128105e+4 6.7265770927008700853e+4 4.5921953931549871457e+4 1.3731693765509461125e+4 1.9715909503065514427e+3 1.3314166789178437745e+2 3.3871328727963666080e+0")
_B = _coefficients(
    "5.2264952788528545610e+3 2.8729085735721942674e+4 3.9307895800092710610e+4 2.1213794301586595867e+4 5.3941960214247511077e+3 6.8718700749205790830e+2 4.2313330701600911252e+1 1.0")
_C = _coefficients(
    "7.74545014278341407640e-4 2.27238449892691845833e-2 2.41780725177450611770e-1 1.27045825245236838258e+0 3.64784832476320460504e+0 5.76949722146069140550e+0 4.63033784615654529590e+0 1.42343711074968357734e+0")
_D = _coefficients(
    "1.05075007164441684324e-9 5.47593808499534494600e-4 1.51986665636164571966e-2 1.48103976427480074590e-1 6.89767334985100004550e-1 1.67638483018380384940e+0 2.05319162663775882187e+0 1.0")
_E = _coefficients(
    "2.01033439929228813265e-7 2.71155556874348757815e-5 1.24266094738807843860e-3 2.65321895265761230930e-2 2.96560571828504891230e-1 1.78482653991729133580e+0 5.46378491116411436990e+0 6.65790464350110377720e+0")
_F = _coefficients(
    "2.04426310338993978564e-15 1.42151175831644588870e-7 1.84631831751005468180e-5 7.86869131145613259100e-4 1.48753612908506148525e-2 1.36929880922735805310e-1 5.99832206555887937690e-1 1.0")


def _horner(coefs, r):
    # ((c0*r + c1)*r + c2)... in the order of the nested form.
    acc = coefs[0]
    for c in coefs[1:]:
        acc = acc * r + c
    return acc


def _normal_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        num = _horner(_A, r) * q
        den = _horner(_B, r)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = _horner(_C, r)
        den = _horner(_D, r)
    else:
        r = r - 5.0
        num = _horner(_E, r)
        den = _horner(_F, r)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable: NormalDist(mu, sigma)."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = _as_list(data)
        sigma = stdev(data)
        return cls(float(mean(data)), sigma)

    def samples(self, n, *, seed=None):
        """n random values (seed reseeds MicroPython's global generator,
        so the values differ from CPython's)."""
        import random
        if seed is not None:
            random.seed(seed if isinstance(seed, int) else hash(seed))
        rnd = random.random
        out = []
        while len(out) < n:
            # Box-Muller: two independent normal values per pair of uniforms.
            u1 = rnd()
            if u1 <= 0.0:
                continue
            u2 = rnd()
            rad = sqrt(-2.0 * log(u1))
            out.append(self._mu + self._sigma * rad * math.cos(math.tau * u2))
            if len(out) < n:
                out.append(self._mu + self._sigma * rad * math.sin(math.tau * u2))
        return out

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping area of two normal probability density functions."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):  # so that it is symmetric
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = abs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (abs(Y.cdf(x1) - X.cdf(x1)) + abs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, _hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
