"""Random numbers with CPython's random API.

MicroPython's built-in random (still reachable as `urandom`) has seed,
random, uniform, getrandbits (32 bits at most), randint, randrange and
choice; the host seeds it for every interpreter. The module-level functions
here keep that generator and add the rest of CPython's API on top of it:
shuffle, sample, choices, the distributions, randbytes, and a Random class
whose instances have their own generator.

Values differ from CPython's for the same seed (different generators), but
a seed still makes a run reproducible.
"""

import urandom as _r
from math import log as _log, exp as _exp, sqrt as _sqrt, cos as _cos, sin as _sin
from math import pi as _pi, isfinite as _isfinite, acos as _acos

_M32 = 0xFFFFFFFF


def _fold32(x):
    # any int -> 32 bits, every bit of it counting
    x = abs(x)
    h = 0
    while True:
        h ^= x & _M32
        x >>= 32
        if not x:
            return h


def _seed_int(a):
    # CPython's accepted seed types -> a non-negative int
    if isinstance(a, bool) or isinstance(a, int):
        return abs(int(a))
    if isinstance(a, float):
        return abs(hash(a))
    if isinstance(a, str):
        a = a.encode()
    if isinstance(a, (bytes, bytearray)):
        h = 0x811C9DC5  # FNV-1a: the same text gives the same seed in every run
        for b in a:
            h = ((h ^ b) * 0x01000193) & _M32
        return h | (len(a) << 32)
    raise TypeError("The only supported seed types are: None,\n"
                    "int, float, str, bytes, and bytearray.")


def _bisect(a, x, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _index(x, what):
    if isinstance(x, int):
        return x
    if isinstance(x, float) and x == int(x):
        return int(x)
    raise ValueError("non-integer %s for randrange()" % what)


class Random:
    """A generator with its own state: xoshiro128** on four 32-bit words,
    so that all arithmetic stays in small integers."""

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, a=None, version=2):
        if a is None:
            x = _r.getrandbits(32) | (_r.getrandbits(32) << 32)
        else:
            x = _seed_int(a)
        # splitmix-style scrambling spreads the seed over the 128 bits
        s = []
        lo = x & _M32
        hi = _fold32(x >> 32)
        for k in range(4):
            lo = (lo + 0x9E3779B9) & _M32
            z = lo ^ (hi if k & 1 else 0)
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & _M32
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & _M32
            s.append(z ^ (z >> 16))
        if not any(s):
            s[0] = 1
        self._s = s
        self._gauss = None

    def getstate(self):
        return (3, tuple(self._s), self._gauss)

    def setstate(self, state):
        if not (isinstance(state, tuple) and len(state) == 3 and state[0] == 3):
            raise ValueError("state with version %r passed to Random.setstate()"
                             % (state[0] if isinstance(state, tuple) and state else state,))
        self._s = list(state[1])
        self._gauss = state[2]

    def _next32(self):
        s = self._s
        s0, s1, s2, s3 = s
        r = ((s1 * 5) & _M32)
        r = (((r << 7) | (r >> 25)) & _M32) * 9 & _M32
        t = (s1 << 9) & _M32
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = ((s3 << 11) | (s3 >> 21)) & _M32
        s[0] = s0
        s[1] = s1
        s[2] = s2
        s[3] = s3
        return r

    def random(self):
        # 53 random bits, as CPython builds a float from two 32-bit draws
        return ((self._next32() >> 5) * 67108864 + (self._next32() >> 6)) / 9007199254740992.0

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        x = 0
        n = 0
        while n < k:
            x |= self._next32() << n
            n += 32
        return x & ((1 << k) - 1)

    def _randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    # -- integers and sequences

    def randrange(self, start, stop=None, step=1):
        start = _index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        stop = _index(stop, "arg 2")
        step = _index(step, "arg 3")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (start, stop, width))
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(n)]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum = []
            total = 0
            for c in counts:
                if not isinstance(c, int):
                    raise TypeError("Counts must be integers")
                total += c
                cum.append(total)
            if len(cum) != n:
                raise ValueError("The number of counts does not match the population")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k)
            return [population[_bisect(cum, i, n)] for i in picks]
        if not isinstance(k, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(k).__name__)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        randbelow = self._randbelow
        out = [None] * k
        if n <= 4 * k + 21:
            # partial shuffle of a copy
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                out[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            # few picks from a large population: remember the indexes taken
            taken = set()
            for i in range(k):
                j = randbelow(n)
                while j in taken:
                    j = randbelow(n)
                taken.add(j)
                out[i] = population[j]
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        random = self.random
        if cum_weights is None:
            if weights is None:
                return [population[int(random() * n)] for i in range(k)]
            cum_weights = []
            t = 0
            for w in weights:
                t += w
                cum_weights.append(t)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0 if n else 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, hi)] for i in range(k)]

    def randbytes(self, n):
        if n < 0:
            raise ValueError("number of bits must be non-negative")
        out = bytearray(n)
        for i in range(0, n, 4):
            x = self.getrandbits(32)
            for j in range(i, min(i + 4, n)):
                out[j] = x & 0xFF
                x >>= 8
        return bytes(out)

    # -- real-valued distributions

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            c = 0.5
        elif high == low:
            return low
        else:
            c = (mode - low) / (high - low)
        if u > c:
            # sample the other side of the peak, from the other end
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller gives two independent values; the second is kept
        z = self._gauss
        self._gauss = None
        if z is None:
            a = self.random() * 2.0 * _pi
            r = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(a) * r
            self._gauss = _sin(a) * r
        return mu + z * sigma

    def normalvariate(self, mu=0.0, sigma=1.0):
        a = self.random() * 2.0 * _pi
        r = _sqrt(-2.0 * _log(1.0 - self.random()))
        return mu + _cos(a) * r * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        return 1.0 / (1.0 - self.random()) ** (1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha < 1.0:
            # boost to alpha + 1, then scale (Marsaglia and Tsang)
            u = self.random()
            while u == 0.0:
                u = self.random()
            return self.gammavariate(alpha + 1.0, beta) * u ** (1.0 / alpha)
        d = alpha - 1.0 / 3.0
        c = 1.0 / _sqrt(9.0 * d)
        while True:
            x = self.normalvariate()
            v = 1.0 + c * x
            if v <= 0.0:
                continue
            v = v * v * v
            u = self.random()
            if u > 0.0 and _log(u) < 0.5 * x * x + d - d * v + d * _log(v):
                return d * v * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y == 0.0:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return 2.0 * _pi * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % (2.0 * _pi)
        return (mu - _acos(f)) % (2.0 * _pi)


class SystemRandom(Random):
    """CPython's OS-entropy generator. There is no OS entropy here: this is
    a Random seeded from the host-seeded built-in generator, and seed()
    does nothing. Not for cryptography."""

    def seed(self, a=None, version=2):
        Random.seed(self, None)

    def getstate(self):
        raise NotImplementedError("System entropy source does not have state.")

    setstate = getstate


class _Builtin(Random):
    """The module-level generator: MicroPython's built-in one."""

    def __init__(self):
        self._gauss = None

    def seed(self, a=None, version=2):
        _r.seed(None if a is None else _fold32(_seed_int(a)))
        self._gauss = None

    def getstate(self):
        raise NotImplementedError("the built-in generator's state cannot be saved in this "
                                  "sandbox; use random.Random(seed) for a generator with state")

    setstate = getstate

    def random(self):
        return _r.random()

    def getrandbits(self, k):
        if k <= 32:
            if k < 0:
                raise ValueError("number of bits must be non-negative")
            return _r.getrandbits(k)
        x = 0
        n = 0
        while n < k:
            x |= _r.getrandbits(32) << n
            n += 32
        return x & ((1 << k) - 1)

    def _randbelow(self, n):
        if n < 0x80000000:
            # the built-in randrange loops forever from 2**32 on
            return _r.randrange(n)
        return Random._randbelow(self, n)


_inst = _Builtin()
seed = _inst.seed
random = _r.random
uniform = _r.uniform
getrandbits = _inst.getrandbits
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
shuffle = _inst.shuffle
sample = _inst.sample
choices = _inst.choices
randbytes = _inst.randbytes
triangular = _inst.triangular
gauss = _inst.gauss
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
vonmisesvariate = _inst.vonmisesvariate
getstate = _inst.getstate
setstate = _inst.setstate
