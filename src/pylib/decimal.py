"""Decimal floating point arithmetic, following CPython's decimal module.

A Decimal is kept as three plain values: a sign (0 or 1), an integer
coefficient and an integer exponent, so the value is
(-1)**sign * coefficient * 10**exponent. Special values (infinities and
NaNs) use the exponent markers of as_tuple(): 'F' for Infinity, 'n' for a
quiet NaN, 'N' for a signalling NaN; a NaN's coefficient is its payload.

Results are rounded to the current context (getcontext()) as the General
Decimal Arithmetic specification says, which CPython follows; the exponents
chosen for exact results (trailing zeros kept: 1.10 + 2.20 == 3.30) follow
the same rules. Error messages copy the C implementation CPython uses.

Limits of this interpreter: an exception class cannot have two built-in
bases, so DivisionByZero derives from ZeroDivisionError only (not from
DecimalException), and Overflow/Underflow derive from Inexact only.
"""

import math
from collections import namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow",
    "Underflow", "FloatOperation", "DivisionImpossible", "DivisionUndefined",
    "ConversionSyntax", "InvalidContext", "getcontext", "setcontext",
    "localcontext", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN",
    "ROUND_05UP", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

_ROUNDING_ERROR = ("valid values for rounding are:\n  [ROUND_CEILING, "
                   "ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, "
                   "ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = False
HAVE_CONTEXTVAR = False

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent")


# --- Signals ----------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation):
    pass


class InvalidContext(InvalidOperation):
    pass


class DivisionByZero(ZeroDivisionError):
    # CPython: (DecimalException, ZeroDivisionError); see the module note.
    pass


class Inexact(DecimalException):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact):
    pass


class Underflow(Inexact):
    pass


class FloatOperation(DecimalException):
    pass


# The order the C implementation lists signals in (flags, traps, messages).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)


# --- Context ----------------------------------------------------------------

# A Context's repr lists signals in the order of libmpdec's status bits,
# where InvalidOperation sits at the bit of the condition that raised it.
_REPR_RANK = ((Clamped, 0), (DivisionByZero, 2), (Inexact, 6),
              (FloatOperation, 10), (Overflow, 11), (Rounded, 12),
              (Subnormal, 13), (Underflow, 14))
_COND_RANK = {"ConversionSyntax": 1, "DivisionImpossible": 3,
              "DivisionUndefined": 4, "InvalidContext": 7,
              "InvalidOperation": 8}


def _signal_names(d, invalid_rank):
    items = [(r, s.__name__) for s, r in _REPR_RANK if d.get(s)]
    if d.get(InvalidOperation):
        items.append((invalid_rank, "InvalidOperation"))
    items.sort()
    return ", ".join(n for r, n in items)


def _signal_dict(value, default):
    d = {}
    for s in _SIGNALS:
        d[s] = False
    if value is None:
        value = default
    if isinstance(value, dict):
        for s in value:
            d[s] = bool(value[s])
    else:
        for s in value:
            d[s] = True
    return d


class Context:
    """Precision, rounding, exponent limits, flags and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = _default_context
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (
            dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self.flags = _signal_dict(flags, ())
        self._conds = []  # which InvalidOperation conditions set the flag
        self.traps = _signal_dict(
            traps, dc.traps if dc else (InvalidOperation, DivisionByZero,
                                        Overflow))

    # prec and rounding are checked on assignment, as CPython does: agents
    # set getcontext().prec directly.
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value < 1 or value > MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        self._rounding = value

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, dict(self.flags),
                    dict(self.traps))
        c._conds = list(self._conds)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False
        self._conds = []

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def __repr__(self):
        fl = _signal_names(self.flags, min(self._conds or (1,)))
        tr = _signal_names(self.traps, 1)
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, "
                "clamp=%d, flags=[%s], traps=[%s])" % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, fl, tr))

    def _raise(self, signals, condition=None):
        """Set the flags of signals; raise the first one that is trapped.

        condition names the InvalidOperation subclass shown in the message
        (ConversionSyntax, DivisionUndefined, ...), as the C version does.
        """
        if InvalidOperation in signals:
            self._conds.append(_COND_RANK[condition or "InvalidOperation"])
        trapped = []
        for s in _SIGNALS:
            if s in signals:
                self.flags[s] = True
                if self.traps.get(s):
                    trapped.append(s)
        if trapped:
            names = []
            for s in trapped:
                n = s.__name__
                if s is InvalidOperation and condition:
                    n = condition
                names.append("<class 'decimal.%s'>" % n)
            raise trapped[0]("[" + ", ".join(names) + "]")

    def _invalid(self, condition=None):
        # An invalid operation gives NaN when it is not trapped.
        self._raise((InvalidOperation,), condition)
        return _NaN

    # Arithmetic through the context (a selection of CPython's methods).
    def create_decimal(self, num="0"):
        if isinstance(num, str) and num != num.strip():
            return self._invalid("ConversionSyntax")
        d = Decimal(num, self)
        if d._exp in ("n", "N"):
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def plus(self, a):
        return _conv(a, True).__pos__(context=self)

    def minus(self, a):
        return _conv(a, True).__neg__(context=self)

    def add(self, a, b):
        return _add(_conv(a, True), _conv(b, True), self)

    def subtract(self, a, b):
        return _sub(_conv(a, True), _conv(b, True), self)

    def multiply(self, a, b):
        return _mul(_conv(a, True), _conv(b, True), self)

    def divide(self, a, b):
        return _div(_conv(a, True), _conv(b, True), self)

    def divide_int(self, a, b):
        return _divmod(_conv(a, True), _conv(b, True), self, 1)

    def remainder(self, a, b):
        return _divmod(_conv(a, True), _conv(b, True), self, 2)

    def divmod(self, a, b):
        return _divmod(_conv(a, True), _conv(b, True), self, 0)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(b, modulo, self)

    def fma(self, a, b, c):
        return _conv(a, True).fma(b, c, self)

    def compare(self, a, b):
        return _conv(a, True).compare(b, self)

    def max(self, a, b):
        return _conv(a, True).max(b, self)

    def min(self, a, b):
        return _conv(a, True).min(b, self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(self)

    def exp(self, a):
        return _conv(a, True).exp(self)

    def ln(self, a):
        return _conv(a, True).ln(self)

    def log10(self, a):
        return _conv(a, True).log10(self)

    def normalize(self, a):
        return _conv(a, True).normalize(self)

    def to_integral_value(self, a):
        return _conv(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _conv(a, True).__str__()

    def to_eng_string(self, a):
        return _conv(a, True).to_eng_string()

    def is_zero(self, a):
        return _conv(a, True).is_zero()

    def is_signed(self, a):
        return _conv(a, True).is_signed()

    def is_nan(self, a):
        return _conv(a, True).is_nan()

    def is_finite(self, a):
        return _conv(a, True).is_finite()

    def is_infinite(self, a):
        return _conv(a, True).is_infinite()

    def copy_abs(self, a):
        return _conv(a, True).copy_abs()

    def copy_negate(self, a):
        return _conv(a, True).copy_negate()

    def radix(self):
        return Decimal(10)


_default_context = None
DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                         [InvalidOperation, DivisionByZero, Overflow])
_default_context = DefaultContext
BasicContext = Context(9, ROUND_HALF_UP, traps=[
    InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
ExtendedContext = Context(9, ROUND_HALF_EVEN, traps=[])

# No threads in the sandbox: one current context for the whole program.
_current = DefaultContext.copy()


def getcontext():
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        # CPython installs a copy of the templates, leaving them unchanged.
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    def __init__(self, ctx, kwargs):
        self.new = (ctx if ctx is not None else getcontext()).copy()
        for k in kwargs:
            if k not in ("prec", "rounding", "Emin", "Emax", "capitals",
                         "clamp", "flags", "traps"):
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % k)
            v = kwargs[k]
            if k in ("flags", "traps"):
                v = _signal_dict(v, ())
            setattr(self.new, k, v)

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)
        return False


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of ctx (or the
    current context), changed by the keyword arguments."""
    return _LocalContext(ctx, kwargs)


# --- Helpers on coefficients ------------------------------------------------

def _ndigits(n):
    # Number of decimal digits of n >= 0 (0 has one digit).
    return len(str(n))


def _round_off(sign, coeff, drop, rounding):
    """Drop the last `drop` (>= 1) digits of coeff, rounding.

    Returns (new coefficient, inexact).
    """
    if drop > _ndigits(coeff):
        # Everything goes and what is left is below half a unit.
        q, r, half_cmp = 0, coeff, -1
    else:
        p = 10 ** drop
        q, r = divmod(coeff, p)
        h = p >> 1
        half_cmp = -1 if r < h else (1 if r > h else 0)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        up = half_cmp > 0 or (half_cmp == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = half_cmp >= 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_DOWN:
        up = half_cmp > 0
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP: away from zero only if the kept digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _new(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


def _fix(sign, coeff, exp, ctx, rounding=None):
    """A finite result rounded to the context: precision, then exponent
    limits (overflow, subnormals, clamping), signalling as it goes."""
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if coeff == 0:
        hi = etop if ctx.clamp else ctx.Emax
        if exp > hi:
            exp = hi
            ctx._raise((Clamped,))
        elif exp < etiny:
            exp = etiny
            ctx._raise((Clamped,))
        return _new(sign, 0, exp)
    nd = _ndigits(coeff)
    # The least exponent the result may have: prec digits, or Etiny.
    exp_min = exp + nd - prec
    if exp_min > etop:
        return _overflow(sign, ctx)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        coeff, inexact = _round_off(sign, coeff, exp_min - exp,
                                    rounding or ctx.rounding)
        exp = exp_min
        if _ndigits(coeff) > prec:  # 999.. rounded up to 1000..
            coeff //= 10
            exp += 1
            if exp > etop:
                return _overflow(sign, ctx)
        sigs = []
        if subnormal:
            sigs.append(Subnormal)
            if inexact:
                sigs.append(Underflow)
            if coeff == 0:
                sigs.append(Clamped)
        if inexact:
            sigs.append(Inexact)
        sigs.append(Rounded)
        ctx._raise(sigs)
    elif subnormal:
        ctx._raise((Subnormal,))
    if ctx.clamp and exp > etop:
        coeff *= 10 ** (exp - etop)
        exp = etop
        ctx._raise((Clamped,))
    return _new(sign, coeff, exp)


def _overflow(sign, ctx):
    ctx._raise((Overflow, Inexact, Rounded))
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _new(sign, 0, "F")
    # The rounding goes towards zero: the largest finite number.
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _rescale(d, exp, rounding):
    """d (finite) with exponent exp, rounding its coefficient if needed."""
    if exp <= d._exp:
        return _new(d._sign, d._int * 10 ** (d._exp - exp), exp)
    c, _ = _round_off(d._sign, d._int, exp - d._exp, rounding)
    return _new(d._sign, c, exp)


def _from_int(n):
    if n < 0:
        return _new(1, -n, 0)
    return _new(0, n, 0)


def _float_parts(f):
    """(sign, coefficient, exponent) of a finite float, exactly."""
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    f = abs(f)
    if f == 0:
        return sign, 0, 0
    m, e = math.frexp(f)
    n = int(m * 9007199254740992.0)  # exact: at most 53 bits
    e -= 53
    if e >= 0:
        return sign, n << e, 0
    # n / 2**k == n * 5**k / 10**k; strip the factors of two first.
    k = -e
    while k and not n & 1:
        n >>= 1
        k -= 1
    return sign, n * 5 ** k, -k


def _conv(other, raiseit=False):
    """other as a Decimal for arithmetic (Decimal or int), else
    NotImplemented (or TypeError when raiseit)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(int(other))
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return NotImplemented


def _conv_cmp(other, ctx, equality):
    """other as a Decimal for a comparison: ints, floats (exactly, with a
    FloatOperation signal for ordering, as CPython) and Fractions."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(int(other))
    if isinstance(other, float):
        if not equality:
            ctx._raise((FloatOperation,))
        return Decimal.from_float(other)
    return NotImplemented


def _nans(a, b, ctx):
    """The NaN result of an operation on a and b, or None if neither is one.

    A signalling NaN signals InvalidOperation and turns quiet."""
    ea = a._exp
    eb = b._exp if b is not None else 0
    if ea == "N" or eb == "N":
        ctx._raise((InvalidOperation,))
        src = a if ea == "N" else b
    elif ea == "n":
        src = a
    elif eb == "n":
        src = b
    else:
        return None
    # A payload keeps at most prec - clamp digits (the last ones).
    keep = ctx.prec - ctx.clamp
    if src._exp == "N" or _ndigits(src._int) > keep:
        return _new(src._sign, src._int % 10 ** keep, "n")
    return src


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1


# --- Arithmetic on Decimals (both operands already Decimal) ----------------

def _add(a, b, ctx):
    if type(a._exp) is str or type(b._exp) is str:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if a._exp == "F":
            if b._exp == "F" and a._sign != b._sign:
                return ctx._invalid()
            return a
        return b
    rounding = ctx.rounding
    s1, c1, e1, s2, c2, e2 = a._sign, a._int, a._exp, b._sign, b._int, b._exp
    if e1 < e2:
        s1, c1, e1, s2, c2, e2 = s2, c2, e2, s1, c1, e1
    # Operand 1 now has the larger exponent. Lining the coefficients up
    # multiplies c1 by 10**(e1 - e2); when that gap is far beyond the
    # precision, operand 2 only matters as a sticky digit (or, if zero,
    # only for the exponent), so shrink the gap.
    if c1:
        top = e1 + _ndigits(c1) - 1
        if c2:
            lim = min(e1, top - ctx.prec) - 2
            if e2 + _ndigits(c2) - 1 < lim:
                c2, e2 = 1, lim - 1
        elif e2 < top - ctx.prec - 1:
            e2 = min(e1, top - ctx.prec - 1)
    v1 = c1 * 10 ** (e1 - e2) if c1 else 0
    v = (-v1 if s1 else v1) + (-c2 if s2 else c2)
    if v == 0:
        # Exact zero: negative only for -0 + -0, or x - x rounding FLOOR.
        sign = 1 if (s1 and s2) or (s1 != s2 and rounding == ROUND_FLOOR) \
            else 0
        return _fix(sign, 0, e2, ctx)
    if v < 0:
        return _fix(1, -v, e2, ctx)
    return _fix(0, v, e2, ctx)


def _sub(a, b, ctx):
    if b._exp in ("n", "N"):
        return _nans(a, b, ctx)  # a NaN keeps its sign
    return _add(a, b.copy_negate(), ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if type(a._exp) is str or type(b._exp) is str:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if (a._exp == "F" and not b._int and b._exp != "F") or \
                (b._exp == "F" and not a._int and a._exp != "F"):
            return ctx._invalid()
        return _new(sign, 0, "F")
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if type(a._exp) is str or type(b._exp) is str:
        n = _nans(a, b, ctx)
        if n is not None:
            return n
        if a._exp == "F":
            if b._exp == "F":
                return ctx._invalid()
            return _new(sign, 0, "F")
        # finite / Infinity: a zero with the least exponent
        ctx._raise((Clamped,))
        return _new(sign, 0, ctx.Etiny())
    if not b._int:
        if not a._int:
            return ctx._invalid("DivisionUndefined")
        ctx._raise((DivisionByZero,))
        return _new(sign, 0, "F")
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal, ctx)
    prec = ctx.prec
    # Scale so the quotient has prec+1 or more digits; the extra digit and
    # a sticky remainder bit let _fix round correctly.
    shift = _ndigits(b._int) - _ndigits(a._int) + prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        # Exact: drop trailing zeros down to the ideal exponent.
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx)


def _divmod(a, b, ctx, which):
    """Integer division truncating towards zero, and its remainder.

    which: 0 both, 1 the quotient, 2 the remainder."""
    sign = a._sign ^ b._sign
    if type(a._exp) is str or type(b._exp) is str:
        n = _nans(a, b, ctx)
        if n is not None:
            return (n, n) if which == 0 else n
        if a._exp == "F":
            if b._exp == "F" or which == 2:
                n = ctx._invalid()
                return (n, n) if which == 0 else n
            if which == 1:
                return _new(sign, 0, "F")
            ctx._raise((InvalidOperation,))
            return _new(sign, 0, "F"), _NaN
        # finite by Infinity: quotient 0, remainder a
        q = _new(sign, 0, 0)
        if which == 1:
            return q
        r = _fix(a._sign, a._int, a._exp, ctx)
        return (q, r) if which == 0 else (q if which == 1 else r)
    if not b._int:
        if not a._int:
            n = ctx._invalid("DivisionUndefined")
            return (n, n) if which == 0 else n
        if which == 2:
            return ctx._invalid()
        if which == 1:
            ctx._raise((DivisionByZero,))
            return _new(sign, 0, "F")
        ctx._raise((DivisionByZero, InvalidOperation))
        return _new(sign, 0, "F"), _NaN
    ideal = min(a._exp, b._exp)
    expdiff = _adjusted(a) - _adjusted(b)
    if not a._int or expdiff <= -2:
        # |a| < |b|: quotient zero, remainder a itself.
        q = _new(sign, 0, 0)
        if which == 1:
            return q
        r = _fix(a._sign, a._int * 10 ** (a._exp - ideal), ideal, ctx)
    elif expdiff <= ctx.prec:
        c1, c2 = a._int, b._int
        if a._exp >= b._exp:
            c1 *= 10 ** (a._exp - b._exp)
        else:
            c2 *= 10 ** (b._exp - a._exp)
        qi, ri = divmod(c1, c2)
        if qi >= 10 ** ctx.prec:
            n = ctx._invalid("DivisionImpossible")
            return (n, n) if which == 0 else n
        q = _new(sign, qi, 0)
        if which == 1:
            return q
        r = _fix(a._sign, ri, ideal, ctx)
    else:
        n = ctx._invalid("DivisionImpossible")
        return (n, n) if which == 0 else n
    if which == 1:
        return q
    if which == 2:
        return r
    return q, r


def _cmp(a, b):
    """-1, 0 or 1 comparing the values of a and b (no NaNs)."""
    if type(a._exp) is str or type(b._exp) is str:
        va = 0 if a._exp != "F" else (-1 if a._sign else 1)
        vb = 0 if b._exp != "F" else (-1 if b._sign else 1)
        if va != vb:
            return -1 if va < vb else 1
        if va:
            return 0  # same infinity
        # exactly one is infinite here
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    # Same sign: compare magnitudes.
    aa, ab = _adjusted(a), _adjusted(b)
    if aa != ab:
        m = 1 if aa > ab else -1
    else:
        c1, c2 = a._int, b._int
        if a._exp > b._exp:
            c1 *= 10 ** (a._exp - b._exp)
        else:
            c2 *= 10 ** (b._exp - a._exp)
        m = 0 if c1 == c2 else (1 if c1 > c2 else -1)
    return -m if a._sign else m


def _pow_int(base, k, digits):
    """base**k for ints base > 0, k >= 0: (coefficient, extra exponent,
    exact), the coefficient kept to about `digits` digits (truncated with a
    sticky digit) when the exact power would be huge."""
    if k * _ndigits(base) <= max(2000, 2 * digits):
        return base ** k, 0, True
    keep = digits + 10 + _ndigits(k)
    exact = True
    rc, re_ = 1, 0
    bc, be = base, 0

    def trim(c, e):
        nonlocal exact
        n = _ndigits(c)
        if n > keep:
            p = 10 ** (n - keep)
            c, r = divmod(c, p)
            if r:
                exact = False
                c = c * 10 + 1  # sticky digit
                e += n - keep - 1
            else:
                e += n - keep
        return c, e

    while True:
        if k & 1:
            rc, re_ = trim(rc * bc, re_ + be)
        k >>= 1
        if not k:
            break
        bc, be = trim(bc * bc, be + be)
    return rc, re_, exact


# --- Parsing ----------------------------------------------------------------

def _isdigits(s):
    # ASCII digits only (str.isdigit also accepts "²", which int() refuses).
    if not s:
        return False
    for c in s:
        if c < "0" or c > "9":
            return False
    return True


def _parse(text):
    """(sign, coefficient, exponent) of a numeric string, or None."""
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    if low.startswith("nan") or low.startswith("snan"):
        payload = low[3:] if low[0] == "n" else low[4:]
        if payload and not _isdigits(payload):
            return None
        return sign, int(payload or "0"), "n" if low[0] == "n" else "N"
    exp = 0
    epos = low.find("e")
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        digits = es[1:] if es[:1] in ("+", "-") else es
        if not _isdigits(digits):
            return None
        exp = int(es)
    intpart, dot, frac = low.partition(".")
    if not intpart and not frac:
        return None
    if (intpart and not _isdigits(intpart)) or (frac and not _isdigits(frac)):
        return None
    return sign, int(intpart + frac), exp - len(frac)


# --- Decimal ----------------------------------------------------------------

class Decimal:
    """A decimal number: Decimal('1.10'), Decimal(5), Decimal(0.1),
    Decimal((0, (1, 4), -1))."""

    __slots__ = ("_sign", "_int", "_exp")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = context or getcontext()
                ctx._raise((InvalidOperation,), "ConversionSyntax")
                p = (0, 0, "n")
            self._sign, self._int, self._exp = p
        elif isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._int = -v if v < 0 else v
            self._exp = 0
        elif isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, \
                value._exp
        elif isinstance(value, float):
            (context or getcontext())._raise((FloatOperation,))
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp = d._sign, d._int, d._exp
        elif isinstance(value, (tuple, list)):
            self._sign, self._int, self._exp = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(int(f))
        elif isinstance(f, float):
            if f != f:
                d = _new(1 if math.copysign(1.0, f) < 0 else 0, 0, "n")
            elif f in (math.inf, -math.inf):
                d = _new(1 if f < 0 else 0, 0, "F")
            else:
                d = _new(*_float_parts(f))
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # -- conversions to text --

    def __str__(self):
        return self._to_string(False)

    def __repr__(self):
        return "Decimal('%s')" % self._to_string(False)

    def to_eng_string(self, context=None):
        return self._to_string(True)

    def _to_string(self, eng):
        sign = "-" if self._sign else ""
        exp = self._exp
        if exp == "F":
            return sign + "Infinity"
        if exp == "n" or exp == "N":
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if exp == "n" else "sNaN") + payload
        digits = str(self._int)
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits  # plain notation
        elif not eng:
            dotplace = 1
        elif self._int:
            dotplace = (leftdigits - 1) % 3 + 1  # exponent a multiple of 3
        else:
            dotplace = (leftdigits + 1) % 3 - 1
        if dotplace <= 0:
            s = "0." + "0" * -dotplace + digits
        elif dotplace >= len(digits):
            s = digits + "0" * (dotplace - len(digits))
        else:
            s = digits[:dotplace] + "." + digits[dotplace:]
        if leftdigits != dotplace:
            e = leftdigits - dotplace
            s += "%s%s%d" % ("E" if getcontext().capitals else "e",
                             "+" if e > 0 else "-", abs(e))
        return sign + s

    def __format__(self, spec):
        return _format(self, spec)

    # -- conversions to numbers --

    def __int__(self):
        if type(self._exp) is str:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        elif -self._exp > _ndigits(self._int):
            v = 0  # |self| < 1 (without computing a huge power of ten)
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._exp == "N":
            raise ValueError("cannot convert signaling NaN to float")
        if self._exp == "n":
            return -math.nan if self._sign else math.nan
        if self._exp == "F":
            return -math.inf if self._sign else math.inf
        return float(self._to_string(False))

    def __bool__(self):
        return bool(self._int) or type(self._exp) is str

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self._integral(ROUND_FLOOR))

    def __ceil__(self):
        return int(self._integral(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_new(0, 1, -n))
        if self._exp == "F":
            raise OverflowError("cannot convert Infinity to integer")
        if type(self._exp) is str:
            raise ValueError("cannot convert NaN to integer")
        return int(self._integral(ROUND_HALF_EVEN))

    def _integral(self, rounding):
        if type(self._exp) is str:
            return self.__int__()  # raises the right error
        if self._exp >= 0:
            return self
        return _rescale(self, 0, rounding)

    def as_tuple(self):
        digits = () if type(self._exp) is str and not self._int else \
            tuple(int(c) for c in str(self._int))
        if self._exp == "F":
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if type(self._exp) is str:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n, e = self._int, self._exp
        if e >= 0:
            n, d = n * 10 ** e, 1
        else:
            d = 10 ** -e
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # -- arithmetic operators --

    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _add(self, other, context or getcontext())

    def __radd__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _add(other, self, context or getcontext())

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _sub(self, other, context or getcontext())

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _sub(other, self, context or getcontext())

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _div(other, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 1)

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), 1)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 2)

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), 2)

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), 0)

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), 0)

    def __pow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            return _powmod(self, other, _conv(modulo, True), ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return _power(other, self, context or getcontext())

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            n = _nans(self, None, ctx)
            return n if n is not None else _new(1 - self._sign, 0, "F")
        # -0 is 0 (the sign of an exact zero follows the rounding rule).
        sign = 0 if not self._int and ctx.rounding != ROUND_FLOOR \
            else 1 - self._sign
        return _fix(sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            n = _nans(self, None, ctx)
            return n if n is not None else self
        sign = 0 if not self._int and ctx.rounding != ROUND_FLOOR \
            else self._sign
        return _fix(sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    # -- comparisons --

    def _compare_to(self, other, equality):
        ctx = getcontext()
        if not isinstance(other, (Decimal, int, float)):
            if hasattr(other, "numerator") and hasattr(other, "denominator"):
                return self._compare_ratio(other, equality, ctx)
            return NotImplemented
        o = _conv_cmp(other, ctx, equality)
        if self._exp in ("n", "N") or o._exp in ("n", "N"):
            if not equality or "N" in (self._exp, o._exp):
                ctx._raise((InvalidOperation,))
            return None  # unordered
        return _cmp(self, o)

    def _compare_ratio(self, q, equality, ctx):
        # A Fraction: compare self * denominator with the numerator.
        if self._exp in ("n", "N"):
            if not equality:
                ctx._raise((InvalidOperation,))
            return None
        if self._exp == "F":
            return -1 if self._sign else 1
        left = _new(self._sign, self._int * q.denominator, self._exp)
        return _cmp(left, _from_int(q.numerator))

    def __eq__(self, other):
        c = self._compare_to(other, True)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._compare_to(other, True)
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = self._compare_to(other, False)
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(self, other):
        c = self._compare_to(other, False)
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._compare_to(other, False)
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._compare_to(other, False)
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    def __hash__(self):
        exp = self._exp
        if type(exp) is str:
            if exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if exp == "n":
                return 0
            return hash(-math.inf if self._sign else math.inf)
        # Equal numbers hash alike: integral values as the int, values a
        # float holds exactly as that float, the rest by CPython's formula.
        if not self._int:
            return 0
        if exp >= 0 or (-exp < _ndigits(self._int) and
                        self._int % 10 ** -exp == 0):
            return hash(int(self))
        f = float(self)
        if _cmp(Decimal.from_float(f), self) == 0:
            return hash(f)
        m = (1 << 61) - 1
        h = self._int * pow(pow(10, m - 2, m), -exp, m) % m
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # -- copying: Decimals are immutable --

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    # -- methods --

    def adjusted(self):
        if type(self._exp) is str:
            return 0
        return _adjusted(self)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _conv(other, True)
        return _new(other._sign, self._int, self._exp)

    def is_zero(self):
        return not self._int and type(self._exp) is not str

    def is_signed(self):
        return self._sign == 1

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return type(self._exp) is not str

    def is_normal(self, context=None):
        if type(self._exp) is str or not self._int:
            return False
        return _adjusted(self) >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if type(self._exp) is str or not self._int:
            return False
        return _adjusted(self) < (context or getcontext()).Emin

    def number_class(self, context=None):
        s = "-" if self._sign else "+"
        if self._exp == "F":
            return s + "Infinity"
        if self._exp == "n":
            return "NaN"
        if self._exp == "N":
            return "sNaN"
        if not self._int:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if type(self._exp) is str or type(other._exp) is str:
            return (self._exp in ("n", "N") and other._exp in ("n", "N")) or \
                (self._exp == "F" and other._exp == "F")
        return self._exp == other._exp

    def compare(self, other, context=None):
        ctx = context or getcontext()
        other = _conv(other, True)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = context or getcontext()
        other = _conv(other, True)
        if self.is_nan() or other.is_nan():
            return ctx._invalid()
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        """Compare by value, then by exponent; NaNs beyond infinities."""
        other = _conv(other, True)
        if self._sign != other._sign:
            return _from_int(-1 if self._sign else 1)
        c = _total_mag(self, other)
        return _from_int(-c if self._sign else c)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_conv(other, True).copy_abs())

    def max(self, other, context=None):
        return self._minmax(other, context, 1, False)

    def min(self, other, context=None):
        return self._minmax(other, context, -1, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, -1, True)

    def _minmax(self, other, context, want, mag):
        ctx = context or getcontext()
        other = _conv(other, True)
        # A single quiet NaN loses against a number.
        if self._exp == "n" and other._exp not in ("n", "N"):
            return other._fix(ctx)
        if other._exp == "n" and self._exp not in ("n", "N"):
            return self._fix(ctx)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        c = _cmp(self.copy_abs(), other.copy_abs()) if mag else 0
        if c == 0:
            c = _cmp(self, other)
        if c == 0:
            # Equal values: the total order (sign, then exponent) decides.
            c = self._total_order_equal(other)
        pick = self if c == want else other
        return pick._fix(ctx)

    def _total_order_equal(self, other):
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            return 0
        c = 1 if self._exp > other._exp else -1
        return -c if self._sign else c

    def _fix(self, ctx):
        if type(self._exp) is str:
            if self._exp == "F":
                return self
            return _nans(self, None, ctx)
        return _fix(self._sign, self._int, self._exp, ctx)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp: quantize(Decimal('0.01'))."""
        ctx = context or getcontext()
        exp = _conv(exp, True)
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        if type(self._exp) is str or type(exp._exp) is str:
            n = _nans(self, exp, ctx)
            if n is not None:
                return n
            if self._exp == "F" and exp._exp == "F":
                return self
            return ctx._invalid()
        target = exp._exp
        if not ctx.Etiny() <= target <= ctx.Emax:
            return ctx._invalid()
        if not self._int:
            return _fix(self._sign, 0, target, ctx)
        if _adjusted(self) > ctx.Emax or \
                _adjusted(self) - target + 1 > ctx.prec:
            return ctx._invalid()
        ans = _rescale(self, target, rounding)
        if ans._int and (_adjusted(ans) > ctx.Emax or
                         _ndigits(ans._int) > ctx.prec):
            return ctx._invalid()
        if ans._exp > self._exp:
            if _cmp(ans, self):
                ctx._raise((Inexact, Rounded))
            else:
                ctx._raise((Rounded,))
        return _fix(ans._sign, ans._int, ans._exp, ctx)

    def _rescale(self, exp, rounding):
        return _rescale(self, exp, rounding)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            n = _nans(self, None, ctx)
            return n if n is not None else self
        if self._exp >= 0:
            return self
        return _rescale(self, 0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context or getcontext()
        ans = self.to_integral_value(rounding, ctx)
        if ans is not self and type(self._exp) is not str and self._int:
            if _cmp(ans, self):
                ctx._raise((Inexact, Rounded))
            else:
                ctx._raise((Rounded,))
        return ans

    def normalize(self, context=None):
        """The simplest form: rounded to the context, trailing zeros
        removed (Decimal('1.500') -> 1.5, Decimal('100') -> 1E+2)."""
        ctx = context or getcontext()
        d = self._fix(ctx)
        if type(d._exp) is str:
            return d
        if not d._int:
            return _new(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx.Etop() if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _new(d._sign, c, e)

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _conv(other, True)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        if other._exp != 0 or not -2 * (ctx.Emax + ctx.prec) <= \
                int(other) <= 2 * (ctx.Emax + ctx.prec):
            return ctx._invalid()
        if self._exp == "F":
            return self
        return _fix(self._sign, self._int, self._exp + int(other), ctx)

    def logb(self, context=None):
        ctx = context or getcontext()
        n = _nans(self, None, ctx)
        if n is not None:
            return n
        if self._exp == "F":
            return _new(0, 0, "F")
        if not self._int:
            ctx._raise((DivisionByZero,))
            return _new(1, 0, "F")
        a = _adjusted(self)
        return _fix(1 if a < 0 else 0, abs(a), 0, ctx)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = context or getcontext()
        other = _conv(other, True)
        third = _conv(third, True)
        if type(self._exp) is str or type(other._exp) is str:
            prod = _mul(self, other, ctx)
        else:
            prod = _new(self._sign ^ other._sign, self._int * other._int,
                        self._exp + other._exp)
        return _add(prod, third, ctx)

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest to self / other."""
        ctx = context or getcontext()
        other = _conv(other, True)
        if type(self._exp) is str or type(other._exp) is str or \
                not other._int:
            if type(self._exp) is not str and type(other._exp) is not str:
                return ctx._invalid("DivisionUndefined" if not self._int
                                    else None)
            n = _nans(self, other, ctx)
            if n is not None:
                return n
            if self._exp == "F":
                return ctx._invalid()
            return self._fix(ctx)
        ideal = min(self._exp, other._exp)
        expdiff = _adjusted(self) - _adjusted(other)
        if expdiff >= ctx.prec + 1 and self._int:
            return ctx._invalid("DivisionImpossible")
        if not self._int or expdiff <= -2:
            # |self| < |other| / 10: the nearest quotient is 0.
            return _fix(self._sign, self._int * 10 ** (self._exp - ideal),
                        ideal, ctx)
        c1, c2 = self._int, other._int
        if self._exp >= other._exp:
            c1 *= 10 ** (self._exp - other._exp)
        else:
            c2 *= 10 ** (other._exp - self._exp)
        q, r = divmod(c1, c2)
        # Round the quotient to nearest, ties to even.
        if 2 * r > c2 or (2 * r == c2 and q & 1):
            r -= c2
            q += 1
        if q >= 10 ** ctx.prec:
            return ctx._invalid("DivisionImpossible")
        sign = self._sign
        if r < 0:
            sign, r = 1 - sign, -r
        return _fix(sign, r, ideal, ctx)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if type(self._exp) is str:
            n = _nans(self, None, ctx)
            if n is not None:
                return n
            if self._sign:
                return ctx._invalid()
            return self
        if not self._int:
            return _fix(self._sign, 0, self._exp >> 1, ctx)
        if self._sign:
            return ctx._invalid()
        prec = ctx.prec
        c, e = self._int, self._exp
        # Scale c to about 2*(prec+1) digits keeping the exponent even, so
        # the integer square root has prec+1 digits.
        shift = 2 * (prec + 1) - _ndigits(c)
        if (e - shift) & 1:
            shift += 1
        if shift >= 0:
            n, rem = c * 10 ** shift, 0
        else:
            n, rem = divmod(c, 10 ** -shift)
        r = math.isqrt(n)
        exp = (e - shift) >> 1
        if rem == 0 and r * r == n:
            ideal = e >> 1
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1  # sticky digit
        # The square root always rounds half-even (the specification).
        return _fix(0, r, exp, ctx, ROUND_HALF_EVEN)

    def exp(self, context=None):
        return _transcendental(self, context or getcontext(), "exp")

    def ln(self, context=None):
        return _transcendental(self, context or getcontext(), "ln")

    def log10(self, context=None):
        return _transcendental(self, context or getcontext(), "log10")

    def next_plus(self, context=None):
        return self._next(context, 1)

    def next_minus(self, context=None):
        return self._next(context, -1)

    def next_toward(self, other, context=None):
        ctx = context or getcontext()
        other = _conv(other, True)
        n = _nans(self, other, ctx)
        if n is not None:
            return n
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        return self._next(ctx, -c)

    def _next(self, context, direction):
        ctx = context or getcontext()
        n = _nans(self, None, ctx)
        if n is not None:
            return n
        if self._exp == "F":
            if (direction > 0) == bool(self._sign):
                return _new(self._sign, 10 ** ctx.prec - 1, ctx.Etop())
            return self
        # Add a quantity smaller than any unit in the last place and round
        # towards the direction.
        local = ctx.copy()
        local.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
        local.traps = _signal_dict((), ())
        tiny = _new(0 if direction > 0 else 1, 1, ctx.Etiny() - 1)
        return _add(self, tiny, local)


# A NaN for results of invalid operations that are not trapped.
_NaN = _new(0, 0, "n")


def _total_mag(a, b):
    # The total order of two values of the same sign, by magnitude:
    # finite numbers (then exponents), Infinity, sNaN, NaN (then payloads).
    ra = {"F": 1, "N": 2, "n": 3}.get(a._exp, 0) if type(a._exp) is str else 0
    rb = {"F": 1, "N": 2, "n": 3}.get(b._exp, 0) if type(b._exp) is str else 0
    if ra != rb:
        return -1 if ra < rb else 1
    if ra >= 2:
        return (a._int > b._int) - (a._int < b._int)
    if ra == 1:
        return 0
    c = _cmp(a.copy_abs(), b.copy_abs())
    if c:
        return c
    return (a._exp > b._exp) - (a._exp < b._exp)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if sign not in (0, 1) or isinstance(sign, bool):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return sign, 0, "F"
    if exp not in ("n", "N") and not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    coeff = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + d
    return sign, coeff, exp


# --- Powers -----------------------------------------------------------------

_ONE = _new(0, 1, 0)


def _integral_value(d):
    """The int value of a finite integral Decimal, else None. Exponents so
    large the int would not fit in memory give None too (such powers
    overflow anyway)."""
    if d._exp >= 0:
        if d._int and d._exp > 40:
            return None
        return d._int * 10 ** d._exp * (-1 if d._sign else 1)
    p = 10 ** -d._exp if -d._exp <= _ndigits(d._int) else 0
    if d._int and (not p or d._int % p):
        return None
    return (d._int // p if p else 0) * (-1 if d._sign else 1)


def _power(x, y, ctx):
    if type(x._exp) is str or type(y._exp) is str:
        n = _nans(x, y, ctx)
        if n is not None:
            return n
    yint = _integral_value(y) if type(y._exp) is not str else None
    ybig = type(y._exp) is not str and yint is None and y._exp > 0
    if type(y._exp) is not str and not y._int:
        if type(x._exp) is not str and not x._int:
            return ctx._invalid()  # 0 ** 0
        return _ONE
    # The sign: negative for a negative x and an odd integer y.
    sign = 0
    if x._sign:
        if yint is not None or ybig:
            sign = yint & 1 if yint is not None else 0
        elif x._int or x._exp == "F":
            return ctx._invalid()
    ypos = not y._sign
    if x._exp == "F" or not x._int:
        # Infinity ** y and 0 ** y: Infinity or zero (exponent 0).
        big = (x._exp == "F") == ypos
        return _new(sign, 0, "F") if big else _new(sign, 0, 0)
    if y._exp == "F":
        c = _cmp(x.copy_abs(), _ONE)
        if c == 0:
            return _fix(0, 10 ** ctx.prec, -ctx.prec, ctx)  # 1.000...
        big = (c > 0) == ypos
        return _new(0, 0, "F") if big else _new(0, 0, 0)
    if yint is None and ybig:
        # An integer exponent too large to hold: the result overflows or
        # underflows unless |x| is 1.
        c = _cmp(x.copy_abs(), _ONE)
        if c == 0:
            return _fix(sign, 10 ** ctx.prec, -ctx.prec, ctx)
        tiny = (c > 0) != ypos
        return _fix(sign, 1, ctx.Etiny() - 2, ctx) if tiny \
            else _overflow(sign, ctx)
    if yint is not None:
        k = -yint if yint < 0 else yint
        c, extra, _ = _pow_int(x._int, k, ctx.prec)
        if yint >= 0:
            return _fix(sign, c, x._exp * k + extra, ctx)
        # x ** -k is 1 / x**k, with division's choice of exponent.
        return _div(_ONE, _new(sign, c, x._exp * k + extra), ctx)
    return _power_fraction(x.copy_abs(), y, ctx)


def _powmod(x, y, m, ctx):
    n = _nans(x, y, ctx)
    if n is None:
        n = _nans(m, None, ctx)
    if n is not None:
        return n
    xi, yi, mi = _integral_value(x), _integral_value(y), _integral_value(m)
    if xi is None or yi is None or mi is None or yi < 0 or not mi or \
            (not xi and not yi) or _ndigits(abs(mi)) > ctx.prec:
        return ctx._invalid()
    r = pow(abs(xi), yi, abs(mi))
    return _new(1 if xi < 0 and yi & 1 else 0, r, 0)


def _iroot(n, k):
    """The integer k-th root of n if n is a perfect k-th power, else None."""
    if n < 2:
        return n
    r = int(round(math.exp(math.log(n) / k))) if n.bit_length() < 1000 \
        else 1 << (n.bit_length() // k)
    # Newton's method from the estimate, then check.
    while True:
        s = ((k - 1) * r + n // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    for cand in (r - 1, r, r + 1):
        if cand >= 0 and cand ** k == n:
            return cand
    return None


def _power_fraction(x, y, ctx):
    """x ** y for x > 0 and a non-integer y."""
    if _cmp(x, _ONE) == 0:
        ctx._raise((Inexact, Rounded))
        return _new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    # Exact results (4 ** 0.5): y = a/b with b made of 2s and 5s; x**(1/b)
    # must be rational. Such results are padded to full precision.
    a, b = y._int, 10 ** -y._exp
    g = math.gcd(a, b)
    a, b = a // g, b // g
    if y._sign:
        a = -a
    if b <= 100:
        if x._exp >= 0:
            p, q = x._int * 10 ** x._exp, 1
        else:
            p, q = x._int, 10 ** -x._exp
            g = math.gcd(p, q)
            p, q = p // g, q // g
        rp, rq = _iroot(p, b), _iroot(q, b)
        if rp is not None and rq is not None and \
                _ndigits(rp) * abs(a) < 4 * ctx.prec + 40:
            num, den = (rp ** a, rq ** a) if a > 0 else (rq ** -a, rp ** -a)
            d = _exact_ratio(num, den)
            if d is not None:
                c, e = d
                if _ndigits(c) <= ctx.prec:
                    pad = ctx.prec + 1 - _ndigits(c)
                    c, e = c * 10 ** pad, e - pad
                ctx._raise((Inexact,))
                return _fix(0, c, e, ctx)
    # Rough size of y * ln(x), to catch overflow and underflow early.
    est = float(y) * _ln_estimate(x)
    if est > 2.5 * (ctx.Emax + 2):
        return _overflow(0, ctx)
    if est < -2.5 * (ctx.prec - ctx.Emin + 2):
        return _fix(0, 1, ctx.Etiny() - 2, ctx)
    ydigits = max(_adjusted(y), 0) + 2
    work = ctx.prec + 10
    while True:
        lnx = _ln_fixed(x._int, x._exp, work + ydigits + 2)
        t = lnx * y._int
        t = _shift_round(t, y._exp - ydigits - 2)
        if y._sign:
            t = -t
        m, e = _exp_fixed(t, work)
        r = _settle(0, m, e, 200, ctx, ctx.rounding)
        if r is not None:
            return r
        work += ctx.prec


def _exact_ratio(num, den):
    """num/den as (coefficient, exponent) if it has a finite decimal
    expansion, else None."""
    g = math.gcd(num, den)
    num, den = num // g, den // g
    k = 0
    d = den
    while d % 10 == 0:
        d //= 10
        k += 1
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return None
    if twos >= fives:
        num *= 5 ** (twos - fives)
        k += twos
    else:
        num *= 2 ** (fives - twos)
        k += fives
    return num, -k


# --- exp, ln, log10 ---------------------------------------------------------
# Computed in fixed point (an int scaled by 10**w) with guard digits, then
# rounded only when the error bound cannot change the rounded result;
# otherwise retried with more digits. The results are correctly rounded, as
# CPython's: exp, ln and log10 always round half-even (the specification),
# powers use the context's rounding.

def _shift_round(n, k):
    # n * 10**k to the nearest int.
    if k >= 0:
        return n * 10 ** k
    p = 10 ** -k
    return (n + p // 2) // p


def _ln_small(m, w):
    """ln(m / 10**w) * 10**w for 1 <= m/10**w <= 10."""
    one = 10 ** w
    # Square roots bring the argument near 1: ln(m) = 2**j * ln(m**(1/2**j)).
    j = 0
    while m - one > one // 1000:
        m = math.isqrt(m * one)
        j += 1
    # ln(m) = 2 * atanh(z) with z = (m - 1) / (m + 1), a fast series here.
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    s, term, i = 0, z, 1
    while term:
        s += term // i
        term = term * z2 // one
        i += 2
    return (2 * s) << j


_ln10_cache = [0, 0]


def _ln10(w):
    """ln(10) * 10**w, kept (with 10 guard digits) for the next call."""
    if _ln10_cache[0] < w + 10:
        g = w + 10
        _ln10_cache[0] = g
        _ln10_cache[1] = _ln_small(10 ** (g + 1), g)
    return _ln10_cache[1] // 10 ** (_ln10_cache[0] - w)


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w (c > 0), within a few units."""
    g = w + 8 + _ndigits(_ndigits(c) + abs(e))
    nd = _ndigits(c)
    k = e + nd - 1  # c * 10**e == m * 10**k with 1 <= m < 10
    s = g - nd + 1
    m = c * 10 ** s if s >= 0 else c // 10 ** -s
    r = _ln_small(m, g) + k * _ln10(g)
    return _shift_round(r, w - g)


def _exp_small(r, w):
    """exp(r / 10**w) * 10**w for 0 <= r/10**w < 3."""
    one = 10 ** w
    j = 12
    y = r >> j
    s, term, i = one, one, 1
    while term:
        term = term * y // (one * i)
        s += term
        i += 1
    for _ in range(j):
        s = s * s // one
    return s


def _exp_fixed(t, w):
    """exp(t / 10**w) as (m, e): about m * 10**e with m of w+1 digits."""
    # exp(t) = 10**n * exp(t - n*ln(10)) with the remainder in [0, ln 10).
    ln10 = _ln10(w)
    n = t // ln10
    g = w + 12 + _ndigits(abs(n))
    tg = t * 10 ** (g - w)
    r = tg - n * _ln10(g)
    m = _exp_small(r, g)
    return _shift_round(m, w - g), n - w


def _round_sig(sign, c, e, prec, rounding):
    nd = _ndigits(c)
    if nd <= prec:
        return c, e
    q, _ = _round_off(sign, c, nd - prec, rounding)
    e += nd - prec
    if _ndigits(q) > prec:
        q //= 10
        e += 1
    return q, e


def _settle(sign, m, e, err, ctx, r):
    """The value (-1)**sign * m * 10**e, known within err units of m,
    rounded to the context with rounding r; None when the error leaves
    that open."""
    if m <= err:
        return None
    lo = _round_sig(sign, m - err, e, ctx.prec, r)
    hi = _round_sig(sign, m + err, e, ctx.prec, r)
    if lo != hi or _ndigits(m - err) <= ctx.prec:
        return None
    # A sticky digit makes _fix see the result as inexact.
    return _fix(sign, m * 10 + 1, e - 1, ctx, r)


def _ln_estimate(x):
    # ln(x) for a finite x > 0, to float accuracy.
    s = str(x._int)
    lead = float(s[:17]) / 10 ** (min(len(s), 17) - 1)
    return (x._exp + len(s) - 1) * 2.302585092994046 + math.log(lead)


def _transcendental(x, ctx, what):
    if type(x._exp) is str:
        n = _nans(x, None, ctx)
        if n is not None:
            return n
        if what == "exp":
            return _new(0, 0, 0) if x._sign else x
        if x._sign:
            return ctx._invalid()
        return x
    if what == "exp":
        if not x._int:
            return _ONE
        # (math.inf, not a 1e300 literal: mpy-tool cannot freeze floats
        # beyond float32 range.)
        est = float(x) if _adjusted(x) < 300 else (-math.inf if x._sign
                                                   else math.inf)
        if est > 2.31 * (ctx.Emax + 1):
            return _overflow(0, ctx)
        if est < -2.31 * (ctx.prec - ctx.Emin + 2):
            return _fix(0, 1, ctx.Etiny() - 2, ctx, ROUND_HALF_EVEN)
    else:
        if not x._int:
            return _new(1, 0, "F")
        if x._sign:
            return ctx._invalid()
        if _cmp(x, _ONE) == 0:
            return _new(0, 0, 0)  # ln(1) and log10(1) are exactly 0
        if what == "log10":
            s = str(x._int)
            if s[0] == "1" and s.strip("0") == "1":
                # An exact power of ten: an exact integer result.
                v = x._exp + len(s) - 1
                return _fix(1 if v < 0 else 0, abs(v), 0, ctx)
    work = ctx.prec + 10
    while True:
        if what == "exp":
            # x as a fixed-point number (|x| < 10**7 here).
            w = work + 8
            t = _shift_round(x._int, x._exp + w)
            if x._sign:
                t = -t
            m, e = _exp_fixed(t, w)
            r = _settle(0, m, e, 200, ctx, ROUND_HALF_EVEN)
        else:
            w = work
            v = _ln_fixed(x._int, x._exp, w)
            if what == "log10":
                v = v * 10 ** w // _ln10(w)
            sign = 1 if v < 0 else 0
            v = -v if v < 0 else v
            # Close to x = 1 the value has few significant digits: widen.
            if _ndigits(v) < ctx.prec + 8:
                work += ctx.prec + 8 - _ndigits(v) + 2
                continue
            r = _settle(sign, v, -w, 200, ctx, ROUND_HALF_EVEN)
        if r is not None:
            return r
        work += ctx.prec


# --- Formatting -------------------------------------------------------------

def _format(d, spec):
    """format(d, spec) as CPython's C implementation does it (no '#' and no
    '_' grouping; '0' with an explicit alignment is an error)."""
    bad = ValueError("invalid format string")
    fill, align, signopt, z, zeropad, width = " ", None, "-", False, False, 0
    grouping, prec, typ = False, None, None
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in "<>=^":
        align, i = spec[0], 1
    if i < n and spec[i] in "+- ":
        signopt = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        z = True
        i += 1
    if i < n and spec[i] == "0":
        if align is not None:
            raise bad
        zeropad = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        if zeropad and spec[i] == "0":
            raise bad
        width = int(spec[i:j])
    i = j
    if i < n and spec[i] == ",":
        grouping = True
        i += 1
    if i < n and spec[i] == ".":
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise bad
        prec = int(spec[i + 1:j])
        i = j
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in "eEfFgGn%" or (typ == "n" and grouping):
            raise bad
    if i != n:
        raise bad
    ctx = getcontext()
    sign = d._sign
    if type(d._exp) is str:
        body = d._to_string(False).lstrip("-")
        if typ == "%":
            body += "%"
        if zeropad:
            zeropad = False
    else:
        body, sign = _format_finite(d, ctx, typ, prec, z, zeropad, width,
                                    grouping, signopt)
    sstr = "-" if sign else ("" if signopt == "-" else signopt)
    if zeropad:
        fill, align = "0", "="
    pad = width - len(sstr) - len(body)
    if pad <= 0:
        return sstr + body
    if align is None:
        align = ">"
    if align == "<":
        return sstr + body + fill * pad
    if align == "=":
        return sstr + fill * pad + body
    if align == "^":
        left = pad // 2
        return fill * left + sstr + body + fill * (pad - left)
    return fill * pad + sstr + body


def _format_finite(d, ctx, typ, prec, z, zeropad, width, grouping, signopt):
    rounding = ctx.rounding
    sign, c, e = d._sign, d._int, d._exp
    if typ is None:
        typ = "G" if ctx.capitals else "g"
    if typ == "%":
        e += 2
    if prec is not None:
        if typ in "eE":
            if c:
                # Exactly prec+1 digits: padded with zeros, or rounded.
                nd = _ndigits(c)
                if nd <= prec + 1:
                    c *= 10 ** (prec + 1 - nd)
                    e -= prec + 1 - nd
                else:
                    c, e = _round_sig(sign, c, e, prec + 1, rounding)
        elif typ in "fF%":
            if e < -prec:
                c, _ = _round_off(sign, c, -prec - e, rounding)
            else:
                c *= 10 ** (e + prec)
            e = -prec
        else:
            c, e = _round_sig(sign, c, e, max(prec, 1), rounding)
    if not c and e > 0 and typ in "fF%":
        e = 0
    if z and not c:
        sign = 0
    digits = str(c)
    leftdigits = e + len(digits)
    if typ in "eE":
        dotplace = 1 - prec if (not c and prec is not None) else 1
    elif typ in "fF%":
        dotplace = leftdigits
    elif e <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart, frac = "0", "0" * -dotplace + digits
    elif dotplace > len(digits):
        intpart, frac = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, frac = digits[:dotplace] or "0", digits[dotplace:]
    exp = leftdigits - dotplace
    tail = "." + frac if frac else ""
    if exp or typ in "eE":
        tail += ("E" if typ in "EG" else "e") + ("%+d" % exp)
    if typ == "%":
        tail += "%"
    minw = 0
    if zeropad:
        minw = width - len(tail) - (1 if sign or signopt in "+ " else 0)
    if grouping:
        intpart = _group(intpart, minw)
    elif len(intpart) < minw:
        intpart = "0" * (minw - len(intpart)) + intpart
    return intpart + tail, sign


def _group(digits, minw):
    # Commas every three digits; zero padding (to minw) gets commas too,
    # and never starts with a comma.
    groups = []
    while True:
        take = min(3, max(len(digits), minw, 1))
        chunk = digits[-take:] if digits else ""
        groups.append("0" * (take - len(chunk)) + chunk)
        digits = digits[:-take] if take < len(digits) else ""
        minw -= take
        if not digits and minw <= 0:
            break
        minw -= 1
    groups.reverse()
    return ",".join(groups)
