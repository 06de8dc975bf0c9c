"""Rational numbers, following CPython's fractions module.

Fraction values are kept normalized (lowest terms, positive denominator) in
the plain attributes numerator and denominator. Conversions to float are
correctly rounded here, since MicroPython's own big-int division and
int-to-float conversion are not always.
"""

import math

__all__ = ["Fraction"]

_TWO53 = 1 << 53
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _ratio_to_float(n, d):
    """n / d (d > 0) as the correctly rounded float."""
    if n < 0:
        return -_ratio_to_float(-n, d)
    if n < _TWO53 and d < _TWO53:
        return n / d  # both exact as floats, so one IEEE rounding
    # Take a quotient of 55-56 bits, with a sticky bit for any remainder;
    # converting it to float then rounds once, correctly.
    shift = n.bit_length() - d.bit_length() - 55
    small = shift < -1076  # a subnormal result: round by hand below
    if small:
        shift = -1076
    if shift >= 0:
        q, r = divmod(n, d << shift)
    else:
        q, r = divmod(n << -shift, d)
    if r:
        q |= 1
    if small:
        low = q & 3
        q >>= 2
        if low > 2 or (low == 2 and q & 1):
            q += 1
        return math.ldexp(float(q), -1074)
    x = math.ldexp(float(q), shift)
    if x == math.inf:
        raise OverflowError("integer division result too large for a float")
    return x


def _float_ratio(x):
    """The exact (numerator, denominator) of a float."""
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (math.inf, -math.inf):
        raise OverflowError("cannot convert Infinity to integer ratio")
    m, e = math.frexp(x)
    n = int(m * 9007199254740992.0)  # exact: m has at most 53 bits
    e -= 53
    if e >= 0:
        return n << e, 1
    if not n:
        return 0, 1
    # Reduce: strip the factors of two the numerator shares.
    tz = (n & -n).bit_length() - 1
    if tz > -e:
        tz = -e
    return n >> tz, 1 << (-e - tz)


def _digits(s):
    # A run of decimal digits with single underscores between them.
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return None
    t = s.replace("_", "")
    for c in t:
        if c < "0" or c > "9":
            return None
    return int(t)


def _parse(text):
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        if s[0] == "-":
            sign = -1
        s = s[1:]
    if "/" in s:
        a, _, b = s.partition("/")
        n = _digits(a)
        d = _digits(b)
        if n is None or d is None:
            return None
        return sign * n, d
    exp = 0
    k = s.find("e")
    if k < 0:
        k = s.find("E")
    if k >= 0:
        e = s[k + 1:]
        esign = 1
        if e[:1] in ("+", "-"):
            if e[0] == "-":
                esign = -1
            e = e[1:]
        exp = _digits(e)
        if exp is None:
            return None
        exp *= esign
        s = s[:k]
    ip, dot, fp = s.partition(".")
    if not ip and not fp:
        return None
    n = _digits(ip) if ip else 0
    f = _digits(fp) if fp else 0
    if n is None or f is None:
        return None
    d = 1
    if fp:
        d = 10 ** len(fp.replace("_", ""))
        n = n * d + f
    if exp > 0:
        n *= 10 ** exp
    elif exp < 0:
        d *= 10 ** -exp
    return sign * n, d


def _new(n, d):
    # A Fraction from an already normalized pair, skipping __init__.
    f = object.__new__(Fraction)
    f.numerator = n
    f.denominator = d
    return f


def _norm(n, d):
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    if g != 1:
        n //= g
        d //= g
    return _new(n, d)


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    def __init__(self, numerator=0, denominator=None, _normalize=True):
        if denominator is None:
            t = type(numerator)
            if t is int or t is bool:
                self.numerator = int(numerator)
                self.denominator = 1
                return
            if isinstance(numerator, Fraction):
                self.numerator = numerator.numerator
                self.denominator = numerator.denominator
                return
            if isinstance(numerator, float):
                n, d = _float_ratio(numerator)
            elif isinstance(numerator, str):
                nd = _parse(numerator)
                if nd is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = nd
                if d == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % n)
            elif isinstance(numerator, int):
                n, d = int(numerator), 1
            elif hasattr(numerator, "as_integer_ratio") and not isinstance(numerator, complex):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            n, d = numerator, denominator
            tn, td = type(n), type(d)
            if not ((tn is int or tn is bool) and (td is int or td is bool)):
                if not (isinstance(n, (int, Fraction)) and isinstance(d, (int, Fraction))):
                    raise TypeError("both arguments should be Rational instances")
                if isinstance(n, Fraction) or isinstance(d, Fraction):
                    a = Fraction(n)
                    b = Fraction(d)
                    n = a.numerator * b.denominator
                    d = a.denominator * b.numerator
            n = int(n)
            d = int(d)
            if d == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % n)
        if _normalize:
            g = math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self.numerator = n
        self.denominator = d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        n, d = _float_ratio(f)
        return cls(n, d)

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    def as_integer_ratio(self):
        return (self.numerator, self.denominator)

    def is_integer(self):
        return self.denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self.denominator <= max_denominator:
            return _new(self.numerator, self.denominator)
        # Walk the continued-fraction convergents p1/q1 until the next one
        # would exceed the bound, then pick between the last convergent and
        # the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self.numerator, self.denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi_p, semi_q = p0 + k * p1, q0 + k * q1
        # |p1/q1 - x| <= |semi - x|, compared exactly in integers; ties go
        # to the convergent (the smaller denominator).
        x_n, x_d = self.numerator, self.denominator
        e1 = abs(p1 * x_d - x_n * q1) * semi_q
        e2 = abs(semi_p * x_d - x_n * semi_q) * q1
        if e1 <= e2:
            return _norm(p1, q1)
        return _norm(semi_p, semi_q)

    def __repr__(self):
        return "Fraction(%s, %s)" % (self.numerator, self.denominator)

    def __str__(self):
        if self.denominator == 1:
            return str(self.numerator)
        return "%s/%s" % (self.numerator, self.denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(float(self), spec)

    # Arithmetic. Ints and Fractions give exact Fractions, floats give
    # floats, complex gives complex; anything else is NotImplemented.

    def __add__(a, b):
        if isinstance(b, Fraction):
            return _norm(a.numerator * b.denominator + b.numerator * a.denominator,
                         a.denominator * b.denominator)
        if isinstance(b, int):
            return _new(a.numerator + b * a.denominator, a.denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(float(a)) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _new(a * b.denominator + b.numerator, b.denominator)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(float(b))
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, Fraction):
            return _norm(a.numerator * b.denominator - b.numerator * a.denominator,
                         a.denominator * b.denominator)
        if isinstance(b, int):
            return _new(a.numerator - b * a.denominator, a.denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(float(a)) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _new(a * b.denominator - b.numerator, b.denominator)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(float(b))
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, Fraction):
            return _norm(a.numerator * b.numerator, a.denominator * b.denominator)
        if isinstance(b, int):
            return _norm(a.numerator * b, a.denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(float(a)) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _norm(a * b.numerator, b.denominator)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(float(b))
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, (Fraction, int)):
            bn, bd = _pair(b)
            if bn == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a.numerator * bd))
            return _norm(a.numerator * bd, a.denominator * bn)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(float(a)) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            if b.numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a * b.denominator))
            return _norm(a * b.denominator, b.numerator)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(float(b))
        return NotImplemented

    def __floordiv__(a, b):
        if isinstance(b, (Fraction, int)):
            bn, bd = _pair(b)
            return (a.numerator * bd) // (a.denominator * bn)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return (a * b.denominator) // b.numerator
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (Fraction, int)):
            bn, bd = _pair(b)
            return _norm((a.numerator * bd) % (bn * a.denominator), a.denominator * bd)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return Fraction(a) % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (Fraction, int)):
            bn, bd = _pair(b)
            q, r = divmod(a.numerator * bd, a.denominator * bn)
            return q, _norm(r, a.denominator * bd)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return divmod(Fraction(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b, mod=None):
        if mod is not None:
            return NotImplemented
        if isinstance(b, Fraction) and b.denominator == 1:
            b = b.numerator
        if isinstance(b, int):
            if b >= 0:
                return _new(a.numerator ** b, a.denominator ** b)
            if a.numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (a.denominator ** -b))
            if a.numerator > 0:
                return _new(a.denominator ** -b, a.numerator ** -b)
            return _new((-a.denominator) ** -b, (-a.numerator) ** -b)
        if isinstance(b, (float, Fraction)):
            return float(a) ** float(b)
        if isinstance(b, complex):
            return complex(float(a)) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b.denominator == 1 and b.numerator >= 0:
            return a ** b.numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b.denominator == 1:
            return a ** b.numerator
        return a ** float(b)

    def __pos__(a):
        return _new(a.numerator, a.denominator)

    def __neg__(a):
        return _new(-a.numerator, a.denominator)

    def __abs__(a):
        return _new(abs(a.numerator), a.denominator)

    def __int__(a):
        if a.numerator < 0:
            return -(-a.numerator // a.denominator)
        return a.numerator // a.denominator

    __trunc__ = __int__

    def __index__(a):
        if a.denominator != 1:
            raise TypeError("'Fraction' object cannot be interpreted as an integer")
        return a.numerator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = 2 * r
            if twice < self.denominator or (twice == self.denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return _ratio_to_float(a.numerator, a.denominator)

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a.numerator != 0

    def __hash__(self):
        n, d = self.numerator, self.denominator
        if d == 1:
            return hash(n)  # equal ints must hash alike
        if not d & (d - 1) and n.bit_length() <= 53 and d.bit_length() <= 1075:
            return hash(_ratio_to_float(n, d))  # exactly a float: hash like it
        # CPython's scheme: n * d^-1 modulo 2**61 - 1.
        dinv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
        if not dinv:
            h = _HASH_INF
        else:
            h = (abs(n) % _HASH_MODULUS) * dinv % _HASH_MODULUS
        h = h if n >= 0 else -h
        return -2 if h == -1 else h

    # Comparisons: exact against ints and Fractions; against floats via the
    # float's exact value (NaN and infinities by their order).

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a.numerator == b.numerator and a.denominator == b.denominator
        if isinstance(b, int):
            return a.denominator == 1 and a.numerator == b
        if isinstance(b, float):
            if b != b or b in (math.inf, -math.inf):
                return False
            n, d = _float_ratio(b)
            return a.numerator == n and a.denominator == d
        if isinstance(b, complex):
            return b.imag == 0 and a == b.real
        return NotImplemented

    def _cmp(a, b):
        # Sign of a - b, or None when b is not comparable (or NaN).
        if isinstance(b, Fraction):
            x = a.numerator * b.denominator - b.numerator * a.denominator
        elif isinstance(b, int):
            x = a.numerator - b * a.denominator
        elif isinstance(b, float):
            if b != b:
                return None
            if b == math.inf:
                return -1
            if b == -math.inf:
                return 1
            n, d = _float_ratio(b)
            x = a.numerator * d - n * a.denominator
        else:
            return NotImplemented
        return (x > 0) - (x < 0)

    def __lt__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(a, b):
        c = a._cmp(b)
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (Fraction, (str(self),))


def _pair(x):
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    return int(x), 1
