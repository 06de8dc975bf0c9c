"""Dates, times, time deltas and fixed-offset time zones (CPython 3.11's
datetime), written for MicroPython.

The sandbox has no local time zone: local time is UTC, as time.localtime()
is. Objects keep their fields in underscore attributes and expose them as
read-only properties; the internal code reads the underscore names directly
because it is noticeably faster in MicroPython.
"""

import time as _time
from collections import namedtuple as _namedtuple

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORD = 719163    # date(1970, 1, 1).toordinal()

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTHS = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
         'Sunday')
_MON_ABBR = [m[:3] for m in _MONTHS]
_DAY_ABBR = [d[:3] for d in _DAYS]


# --- calendar arithmetic ----------------------------------------------------
# Ordinals count days from 0001-01-01 (ordinal 1), the proleptic Gregorian
# calendar. The conversions count years from March 1st so that the leap day
# is the last day of a "year", which makes the month lengths regular.

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ymd2ord(y, m, d):
    if m <= 2:
        y -= 1
        m += 9
    else:
        m -= 3
    era = y // 400
    yoe = y - era * 400
    doe = yoe * 365 + yoe // 4 - yoe // 100 + (153 * m + 2) // 5 + d - 1
    return era * 146097 + doe - 305


def _ord2packed(n):
    # (year, month, day) packed in one int as year << 9 | month << 5 | day:
    # a small int costs no allocation, a tuple does (and MicroPython's heap
    # is slow at handing out many small multi-block objects).
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return (yoe + era * 400) << 9 | (mp + 3) << 5 | d
    return (yoe + era * 400 + 1) << 9 | (mp - 9) << 5 | d


def _ord2ymd(n):
    p = _ord2packed(n)
    return p >> 9, p >> 5 & 15, p & 31


def _iso_week1_monday(y):
    # Week 1 is the week (Monday first) that holds January 4th.
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 - 1) % 7


def _isocal(y, m, d):
    o = _ymd2ord(y, m, d)
    w1 = _iso_week1_monday(y)
    if o < w1:
        y -= 1
        w1 = _iso_week1_monday(y)
    elif y < MAXYEAR:
        nxt = _iso_week1_monday(y + 1)
        if o >= nxt:
            y += 1
            w1 = nxt
    return y, (o - w1) // 7 + 1, (o - w1) % 7 + 1


def _qualname(obj):
    # CPython prints its own classes as datetime.X and subclasses bare.
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _int_arg(v):
    if isinstance(v, int):
        return v
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(v).__name__)


def _check_date(y, m, d):
    if type(y) is not int or type(m) is not int or type(d) is not int:
        _int_arg(y)
        _int_arg(m)
        _int_arg(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if d < 1 or (d > _DAYS_IN_MONTH[m] and not (m == 2 and d == 29
                                                 and _is_leap(y))):
        raise ValueError('day is out of range for month')


def _check_time(hh, mi, ss, us, fold):
    if (type(hh) is not int or type(mi) is not int or type(ss) is not int
            or type(us) is not int):
        _int_arg(hh)
        _int_arg(mi)
        _int_arg(ss)
        _int_arg(us)
    if not 0 <= hh <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= mi <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= ss <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= us <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')


def _check_ordinal(n):
    n = _int_arg(n)
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    if n > _MAXORDINAL:
        raise ValueError('year %d is out of range' % (_ord2packed(n) >> 9))
    return n


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo '
                        "subclass, not type '%s'" % type(tz).__name__)


def _check_offset(what, off):
    # The value a tzinfo's utcoffset() or dst() returned.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(off).__name__))
    if not -_ONE_DAY_US < _td_us(off) < _ONE_DAY_US:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24), '
                         'not %r.' % (off,))
    return off


def _utcoffset(tz, dt):
    if tz is None:
        return None
    if type(tz) is timezone:      # the common case, without a method call
        return tz._offset
    return _check_offset('utcoffset', tz.utcoffset(dt))


def _format_offset(off, sep):
    # '+HH:MM', with seconds and microseconds only when present.
    us = _td_us(off)
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    ss = us // 1000000 % 60
    mm = us // 60000000 % 60
    hh = us // 3600000000
    us %= 1000000
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _qualname(a), _qualname(b)))


# --- ordering shared by timedelta, date and time -----------------------------

class _Ordered:
    # Each subclass defines __eq__ and _cmp(other, op), which returns <0, 0
    # or >0 and raises the TypeError CPython gives for an unorderable pair;
    # datetime inherits these through date and only overrides _cmp.

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._cmp(other, '<') < 0

    def __le__(self, other):
        return self._cmp(other, '<=') <= 0

    def __gt__(self, other):
        return self._cmp(other, '>') > 0

    def __ge__(self, other):
        return self._cmp(other, '>=') >= 0


# --- timedelta --------------------------------------------------------------

_ONE_DAY_US = 86400000000
_MAX_DAYS = 999999999


def _td_us(td):
    return (td._days * 86400 + td._secs) * 1000000 + td._usec


def _td_from_us(us):
    days = us // _ONE_DAY_US
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d'
                            % (days, _MAX_DAYS))
    rem = us - days * _ONE_DAY_US
    self = object.__new__(timedelta)
    self._days = days
    self._secs = rem // 1000000
    self._usec = rem % 1000000
    return self


def _div_round(a, b):
    # a / b rounded to the nearest integer, ties to even (b != 0).
    q, r = divmod(a, b)
    r2 = 2 * r
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q & 1):
        q += 1
    return q


def _float_ratio(f):
    # The exact value of a float as num / den (den a power of two), as
    # float.as_integer_ratio (which MicroPython lacks) without reduction.
    import math
    m, e = math.frexp(f)
    n = int(m * 9007199254740992.0)  # 2**53: exact, m is in [0.5, 1)
    e -= 53
    if e >= 0:
        return n << e, 1
    return n, 1 << -e


_TD_FACTORS = ((86400000000, 'days'), (1000000, 'seconds'),
               (1, 'microseconds'), (1000, 'milliseconds'),
               (60000000, 'minutes'), (3600000000, 'hours'),
               (604800000000, 'weeks'))


def _td_total(args):
    # Total microseconds of the constructor's arguments when one is a float
    # (or of a wrong type): whole parts exactly, the fractions of a
    # microsecond summed and rounded once, half to even, as CPython does.
    total = 0
    left = 0.0
    for i in range(7):
        v = args[i]
        factor = _TD_FACTORS[i][0]
        if isinstance(v, int):
            total += v * factor
        elif isinstance(v, float):
            whole = int(v)        # truncates; OverflowError for inf
            total += whole * factor
            f = (v - whole) * factor
            whole = int(f)
            total += whole
            left += f - whole
        else:
            raise TypeError('unsupported type for timedelta %s component: %s'
                            % (_TD_FACTORS[i][1], type(v).__name__))
    if left:
        whole = int(left // 1)
        frac = left - whole
        total += whole
        if frac > 0.5 or (frac == 0.5 and total & 1):
            total += 1
    return total


class timedelta(_Ordered):
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0,
                 minutes=0, hours=0, weeks=0):
        # All ints (the usual case) add up exactly here; a float or a wrong
        # type takes the careful path.
        try:
            total = (((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                      + seconds) * 1000 + milliseconds) * 1000 + microseconds
        except TypeError:
            total = None
        if type(total) is not int:
            total = _td_total((days, seconds, microseconds, milliseconds,
                               minutes, hours, weeks))
        days = total // _ONE_DAY_US
        if not -_MAX_DAYS <= days <= _MAX_DAYS:
            raise OverflowError('days=%d; must have magnitude <= %d'
                                % (days, _MAX_DAYS))
        rem = total - days * _ONE_DAY_US
        self._days = days
        self._secs = rem // 1000000
        self._usec = rem % 1000000

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._secs

    @property
    def microseconds(self):
        return self._usec

    def total_seconds(self):
        return _td_us(self) / 1000000

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._secs:
            args.append('seconds=%d' % self._secs)
        if self._usec:
            args.append('microseconds=%d' % self._usec)
        return '%s(%s)' % (_qualname(self), ', '.join(args) or '0')

    def __str__(self):
        secs = self._secs
        s = '%d:%02d:%02d' % (secs // 3600, secs // 60 % 60, secs % 60)
        if self._days:
            d = self._days
            s = '%d day%s, %s' % (d, '' if d == 1 or d == -1 else 's', s)
        if self._usec:
            s += '.%06d' % self._usec
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(_td_us(self) + _td_us(other))
        if isinstance(other, date):
            return other.__add__(self)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(_td_us(self) - _td_us(other))
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-_td_us(self))

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(_td_us(self) * other)
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return _td_from_us(_div_round(_td_us(self) * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) / _td_us(other)
        if isinstance(other, int):
            return _td_from_us(_div_round(_td_us(self), other))
        if isinstance(other, float):
            n, d = _float_ratio(other)
            return _td_from_us(_div_round(_td_us(self) * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self) // _td_us(other)
        if isinstance(other, int):
            return _td_from_us(_td_us(self) // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(_td_us(self) % _td_us(other))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(_td_us(self), _td_us(other))
            return q, _td_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._secs == other._secs
                    and self._usec == other._usec)
        return NotImplemented

    def _cmp(self, other, op):
        if not isinstance(other, timedelta):
            raise _cmp_error(op, self, other)
        return _td_us(self) - _td_us(other)

    def __hash__(self):
        return hash(_td_us(self))

    def __bool__(self):
        return bool(self._days or self._secs or self._usec)

    def __reduce__(self):
        return type(self), (self._days, self._secs, self._usec)


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(_MAX_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)


# --- strftime ---------------------------------------------------------------
# A format is compiled once into a %-format string and the list of values it
# needs: an int indexes the (year, month, day, hour, minute, second,
# microsecond) tuple, a function computes the value from (tuple, object).

def _wday(t):
    return (_ymd2ord(t[0], t[1], t[2]) + 6) % 7   # Monday is 0


def _yday(t):
    return _ymd2ord(t[0], t[1], t[2]) - _ymd2ord(t[0], 1, 1) + 1


def _hour12(t, o):
    return t[3] % 12 or 12


def _week_sun(t, o):
    return (_yday(t) + 6 - (_wday(t) + 1) % 7) // 7


def _week_mon(t, o):
    return (_yday(t) + 6 - _wday(t)) // 7


def _epoch_secs(t, o):
    return ((_ymd2ord(t[0], t[1], t[2]) - _EPOCH_ORD) * 86400
            + t[3] * 3600 + t[4] * 60 + t[5])


def _strf_z(t, o):
    off = o.utcoffset() if not isinstance(o, date) or \
        isinstance(o, datetime) else None
    return '' if off is None else _format_offset(off, '')


def _strf_Z(t, o):
    if isinstance(o, datetime) or not isinstance(o, date):
        name = o.tzname()
        if name is not None:
            return name
    return ''


# code: (pad character, width, value); value is an index or a function.
_STRF_NUM = {
    'd': ('0', 2, 2), 'm': ('0', 2, 1), 'Y': ('0', 1, 0), 'H': ('0', 2, 3),
    'M': ('0', 2, 4), 'S': ('0', 2, 5), 'f': ('0', 6, 6),
    'y': ('0', 2, lambda t, o: t[0] % 100),
    'C': ('0', 1, lambda t, o: t[0] // 100),
    'I': ('0', 2, _hour12), 'l': (' ', 2, _hour12),
    'e': (' ', 2, 2), 'k': (' ', 2, 3),
    'j': ('0', 3, lambda t, o: _yday(t)),
    'U': ('0', 2, _week_sun), 'W': ('0', 2, _week_mon),
    'w': ('0', 1, lambda t, o: (_wday(t) + 1) % 7),
    'u': ('0', 1, lambda t, o: _wday(t) + 1),
    'G': ('0', 1, lambda t, o: _isocal(t[0], t[1], t[2])[0]),
    'g': ('0', 2, lambda t, o: _isocal(t[0], t[1], t[2])[0] % 100),
    'V': ('0', 2, lambda t, o: _isocal(t[0], t[1], t[2])[1]),
    's': ('0', 1, _epoch_secs),
}

_STRF_TEXT = {
    'a': lambda t, o: _DAY_ABBR[_wday(t)],
    'A': lambda t, o: _DAYS[_wday(t)],
    'b': lambda t, o: _MON_ABBR[t[1]],
    'h': lambda t, o: _MON_ABBR[t[1]],
    'B': lambda t, o: _MONTHS[t[1]],
    'p': lambda t, o: 'AM' if t[3] < 12 else 'PM',
    'P': lambda t, o: 'am' if t[3] < 12 else 'pm',
    'z': _strf_z,
    'Z': _strf_Z,
}

# Directives that stand for others (glibc's C locale).
_STRF_ALIAS = {
    'c': '%a %b %e %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
    'D': '%m/%d/%y', 'F': '%Y-%m-%d', 'T': '%H:%M:%S', 'R': '%H:%M',
    'r': '%I:%M:%S %p', 'n': '\n', 't': '\t', '%': '%',
}

_strf_cache = {}


def _strf_compile(fmt, out, getters):
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            j = n
        if j > i:
            out.append(fmt[i:j].replace('%', '%%'))
        if j >= n:
            break
        start = j
        j += 1
        flag = ''
        if j < n and fmt[j] in '-_0^#':
            flag = fmt[j]
            j += 1
        if j < n and fmt[j] in 'EO':   # locale modifiers: ignored
            j += 1
        if j >= n:
            out.append(fmt[start:].replace('%', '%%'))
            break
        c = fmt[j]
        i = j + 1
        spec = _STRF_NUM.get(c)
        if spec is not None:
            pad, width, value = spec
            if flag == '-':
                out.append('%d')
            elif flag == '_' or (pad == ' ' and flag != '0'):
                out.append('%' + str(width) + 'd')
            else:
                out.append('%0' + str(width) + 'd')
            getters.append(value)
        elif c in _STRF_TEXT:
            out.append('%s')
            getters.append(_STRF_TEXT[c])
        elif c in _STRF_ALIAS:
            _strf_compile(_STRF_ALIAS[c], out, getters)
        else:   # unknown: kept as written, like glibc
            out.append(fmt[start:i].replace('%', '%%'))


def _strftime(obj, fmt, t):
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    entry = _strf_cache.get(fmt)
    if entry is None:
        out = []
        getters = []
        _strf_compile(fmt, out, getters)
        entry = (''.join(out), getters)
        if len(_strf_cache) > 200:
            _strf_cache.clear()
        _strf_cache[fmt] = entry
    pyfmt, getters = entry
    if not getters:
        return pyfmt % ()
    vals = []
    for g in getters:
        vals.append(t[g] if type(g) is int else g(t, obj))
    return pyfmt % tuple(vals)


# --- strptime ---------------------------------------------------------------
# A format is compiled once into a regular expression (one group per
# directive) matched against the lower-cased input, as CPython's _strptime
# matches case-insensitively. MicroPython's re has no {m,n}, hence the
# spelled-out repetitions.

def _alternatives(names):
    # Longest first, as CPython. MicroPython's re cannot jump over more than
    # about 60 characters of pattern ("error in regex"), so long lists are
    # split into nested halves, which match the same way.
    def alt(words):
        if len(words) > 2 and sum(len(w) + 1 for w in words) > 50:
            half = len(words) // 2
            return '(?:%s)|(?:%s)' % (alt(words[:half]), alt(words[half:]))
        return '|'.join(words)
    return '(' + alt(sorted([n.lower() for n in names if n], key=len,
                            reverse=True)) + ')'


_STRP_RE = {
    'd': r'(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(\d\d?\d?\d?\d?\d?)',
    'H': r'(2[0-3]|[0-1]\d|\d)',
    'I': r'(1[0-2]|0[1-9]|[1-9])',
    'G': r'(\d\d\d\d)',
    'j': r'(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(1[0-2]|0[1-9]|[1-9])',
    'M': r'([0-5]\d|\d)',
    'S': r'(6[0-1]|[0-5]\d|\d)',
    'U': r'(5[0-3]|[0-4]\d|\d)',
    'W': r'(5[0-3]|[0-4]\d|\d)',
    'w': r'([0-6])',
    'u': r'([1-7])',
    'V': r'(5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(\d\d)',
    'Y': r'(\d\d\d\d)',
    'z': r'(z|[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d\d?\d?\d?\d?\d?)?)?)',
    'Z': r'(utc|gmt)',
    'p': r'(am|pm)',
    'a': _alternatives(_DAY_ABBR),
    'A': _alternatives(_DAYS),
    'b': _alternatives(_MON_ABBR),
    'B': _alternatives(_MONTHS),
}
_STRP_RE['h'] = _STRP_RE['b']
_STRP_ALIAS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
               'X': '%H:%M:%S'}
# Directives whose value goes straight into (year, month, day, hour, minute,
# second): the fast path.
_STRP_SLOT = {'Y': 0, 'm': 1, 'd': 2, 'H': 3, 'M': 4, 'S': 5}

# The fast path: directives read by slicing when the input has every field
# at full width (2024-03-05, not 2024-3-5) and the literal text exactly as
# in the format. (slot in the result, width, lowest, highest); %f (width 0)
# takes one to six digits; slot 8 is a two-digit year. Where the regular
# expression would read the same text, it reads it the same way, because
# its full-width alternatives come first; anything else falls back to it.
_STRP_FAST = {'Y': (0, 4, 0, 9999), 'm': (1, 2, 1, 12), 'd': (2, 2, 1, 31),
              'H': (3, 2, 0, 23), 'M': (4, 2, 0, 59), 'S': (5, 2, 0, 61),
              'f': (6, 0, 0, 999999), 'y': (8, 2, 0, 99)}

_strp_cache = {}


def _strp_compile(fmt, parts, codes, fast):
    # parts: the regular expression; codes: (slot, directive) per group;
    # fast: the fast path's steps (literal strings and _STRP_FAST entries),
    # emptied when a directive it cannot handle comes up.
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            c = fmt[i + 1]
            i += 2
            if c == '%':
                parts.append('%')
                fast.append('%')
            elif c in _STRP_ALIAS:
                _strp_compile(_STRP_ALIAS[c], parts, codes, fast)
            elif c in _STRP_RE:
                parts.append(_STRP_RE[c])
                codes.append((_STRP_SLOT.get(c, -1), c))
                fast.append(_STRP_FAST.get(c))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (c, fmt))
        elif c in ' \t\n\r\f\v':
            j = i
            while i < n and fmt[i] in ' \t\n\r\f\v':
                i += 1
            parts.append(r'\s+')
            fast.append(fmt[j:i])
        else:
            i += 1
            fast.append(c)
            if c.isalpha() or c.isdigit() or ord(c) > 127:
                parts.append(c.lower())
            else:
                parts.append('\\' + c)


def _strp_fast(s, steps):
    vals = [1900, 1, 1, 0, 0, 0, 0, None]
    pos = 0
    n = len(s)
    for st in steps:
        if type(st) is str:
            if not s.startswith(st, pos):
                return None
            pos += len(st)
            continue
        slot, w, lo, hi = st
        if w:
            piece = s[pos:pos + w]
            if len(piece) != w or not piece.isdigit():
                return None
        else:
            e = pos
            while e < n and e - pos < 6 and s[e] in '0123456789':
                e += 1
            if e == pos:
                return None
            piece = s[pos:e]
        v = int(piece)
        if v < lo or v > hi:
            return None
        pos += len(piece)
        if slot == 6:
            v = int(piece + '000000'[len(piece):])
        elif slot == 8:
            slot = 0
            v += 2000 if v < 69 else 1900
        vals[slot] = v
    if pos != n:
        return None
    return vals


def _strp_steps(fast):
    # Joins adjacent literals; None if a directive has no fast path.
    steps = []
    for st in fast:
        if st is None:
            return None
        if type(st) is str and steps and type(steps[-1]) is str:
            steps[-1] += st
        else:
            steps.append(st)
    return steps


def _strptime(s, fmt):
    if not isinstance(s, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(s).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    entry = _strp_cache.get(fmt)
    if entry is None:
        parts = []
        codes = []
        fast = []
        _strp_compile(fmt, parts, codes, fast)
        # A format using both %Y and %y leaves the choice to the slow path.
        ys = [c for slot, c in codes if c in 'Yy']
        entry = [None, ''.join(parts), codes,
                 None if len(ys) > 1 else _strp_steps(fast)]
        if len(_strp_cache) > 100:
            _strp_cache.clear()
        _strp_cache[fmt] = entry
    if entry[3] is not None:
        vals = _strp_fast(s, entry[3])
        if vals is not None:
            return vals
    rx = entry[0]
    if rx is None:
        import re
        rx = entry[0] = re.compile(entry[1])
    codes = entry[2]
    m = rx.match(s.lower())
    if m is None:
        raise ValueError('time data %r does not match format %r' % (s, fmt))
    if m.end(0) != len(s):
        raise ValueError('unconverted data remains: %s' % s[m.end(0):])
    vals = [1900, 1, 1, 0, 0, 0, 0, None]
    g = m.group
    i = 1
    other = None
    for slot, c in codes:
        if slot >= 0:
            vals[slot] = int(g(i))
        else:
            if other is None:
                other = {}
            other[c] = (i, g(i))
        i += 1
    if other is not None:
        _strp_other(s, fmt, m, other, vals)
    return vals


def _strp_other(s, fmt, m, found, vals):
    # The directives beyond the plain numbers, with CPython's rules for how
    # they combine.
    def get(c):
        return found[c][1] if c in found else None
    v = get('y')
    if v is not None and 'Y' not in found:
        y = int(v)
        vals[0] = y + (2000 if y < 69 else 1900)
    v = get('B') or get('b') or get('h')
    if v is not None:
        names = [n.lower() for n in (_MONTHS if 'B' in found else _MON_ABBR)]
        vals[1] = names.index(v)
    v = get('I')
    if v is not None:
        h = int(v)
        if get('p') == 'pm':
            if h != 12:
                h += 12
        elif h == 12:
            h = 0
        vals[3] = h
    v = get('f')
    if v is not None:
        vals[6] = int(v + '000000'[len(v):])
    weekday = None
    v = get('A') or get('a')
    if v is not None:
        names = _DAYS if 'A' in found else _DAY_ABBR
        weekday = [n.lower() for n in names].index(v)
    elif 'w' in found:
        weekday = (int(get('w')) + 6) % 7
    elif 'u' in found:
        weekday = int(get('u')) - 1
    if 'G' in found:
        if 'V' not in found or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif 'V' in found:
        if weekday is None or not ('Y' in found or 'y' in found):
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    if 'G' in found:
        o = (_iso_week1_monday(int(get('G'))) + (int(get('V')) - 1) * 7
             + weekday)
        vals[0], vals[1], vals[2] = _ord2ymd(o)
    julian = None
    if 'j' in found:
        julian = int(get('j'))
    elif weekday is not None and ('U' in found or 'W' in found):
        # Days counted in weeks starting on Monday (%W) or Sunday (%U);
        # week 0 is counted back from January 1st, as CPython does.
        jan1 = (_ymd2ord(vals[0], 1, 1) + 6) % 7
        if 'W' in found:
            week = int(get('W'))
        else:
            week = int(get('U'))
            jan1 = (jan1 + 1) % 7
            weekday = (weekday + 1) % 7
        if week == 0:
            julian = 1 + weekday - jan1
        else:
            julian = 1 + (7 - jan1) % 7 + 7 * (week - 1) + weekday
    if julian is not None:
        vals[0], vals[1], vals[2] = _ord2ymd(_ymd2ord(vals[0], 1, 1)
                                             + julian - 1)
    v = get('z')
    if v is not None:
        if v == 'z':
            off = timedelta(0)
        else:
            body = v[1:]
            if len(body) > 2 and body[2] == ':':
                if len(body) > 5 and body[5] != ':':
                    raise ValueError('Inconsistent use of : in %s' % v)
                body = body.replace(':', '')
            secs = int(body[0:2]) * 3600 + int(body[2:4]) * 60
            if len(body) > 4:
                secs += int(body[4:6])
            frac = body[7:]
            us = int(frac + '000000'[len(frac):]) if frac else 0
            if v[0] == '-':
                secs = -secs
                us = -us
            off = timedelta(seconds=secs, microseconds=us)
        if 'Z' in found:
            i = found['Z'][0]
            vals[7] = timezone(off, s[m.start(i):m.end(i)])
        else:
            vals[7] = timezone(off)


# --- fromisoformat ----------------------------------------------------------

def _iso_error(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


def _iso_date_len(s):
    # How many characters of s the date takes, by CPython 3.11's rules.
    n = len(s)
    if n > 4 and s[4] == '-':
        if n > 5 and s[5] == 'W':
            if n > 8 and s[8] == '-':
                # YYYY-Www-D, unless a digit at 10 makes the hyphen at 8 the
                # separator before a time (YYYY-Www-HHMM).
                return 8 if n > 10 and s[10].isdigit() else 10
            return 8
        return 10
    if n > 4 and s[4] == 'W':
        # YYYYWww or YYYYWwwD, then digits of a time: an even count of
        # digits in all means the date has no day digit.
        i = 7
        while i < n and s[i].isdigit():
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_date(s, whole):
    n = len(s)
    if n == 10 and s[4] == '-' and s[7] == '-':
        if (s[0:4] + s[5:7] + s[8:10]).isdigit():
            return int(s[0:4]), int(s[5:7]), int(s[8:10])
    elif n == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    elif n >= 7 and s[0:4].isdigit():
        # ISO week dates: YYYY-Www[-D] or YYYYWww[D]
        rest = s[4:]
        if rest[0] == '-':
            rest = rest[1:]
            if len(rest) == 5 and rest[3] == '-':
                rest = rest[:3] + rest[4:]
            elif len(rest) != 3:
                rest = ''
        if rest[:1] == 'W' and len(rest) in (3, 4) and rest[1:].isdigit():
            d = int(rest[3]) if len(rest) == 4 else 1
            try:
                return _ord2ymd(_fromisocal(int(s[0:4]), int(rest[1:3]), d))
            except ValueError:   # a week or day out of range
                pass
    raise _iso_error(whole)


def _parse_hms(s, whole):
    # HH[:MM[:SS]] or HH[MM[SS]], then an optional .fff or ,fff fraction,
    # which 3.11 takes as a fraction of a second wherever it comes.
    n = len(s)
    vals = [0, 0, 0, 0]
    pos = 0
    ext = n > 2 and s[2] == ':'
    for k in range(3):
        part = s[pos:pos + 2]
        if len(part) != 2 or not part.isdigit():
            raise _iso_error(whole)
        vals[k] = int(part)
        pos += 2
        if pos >= n:
            return vals
        c = s[pos]
        if c == '.' or c == ',':
            frac = s[pos + 1:pos + 7]
            if not frac.isdigit() or not s[pos + 1:].isdigit():
                raise _iso_error(whole)
            vals[3] = int(frac + '000000'[len(frac):])
            return vals
        if k == 2:
            break
        if ext:
            if c != ':':
                break
            pos += 1
    raise _iso_error(whole)


def _parse_iso_time(s, whole):
    # Returns (hour, minute, second, microsecond, tzinfo).
    tzpos = -1
    for c in 'Z+-':
        p = s.find(c)
        if p >= 0 and (tzpos < 0 or p < tzpos):
            tzpos = p
    if tzpos < 0:
        return _parse_hms(s, whole) + [None]
    t = s[:tzpos]
    tzs = s[tzpos:]
    # 3.11 lets one space stand before the offset when there is no fraction.
    if t.endswith(' ') and '.' not in t and ',' not in t:
        t = t[:-1]
    vals = _parse_hms(t, whole)
    if tzs == 'Z':
        return vals + [_UTC]
    if tzs[0] == 'Z':
        raise _iso_error(whole)
    hh, mm, ss, us = _parse_hms(tzs[1:], whole)
    secs = hh * 3600 + mm * 60 + ss
    if tzs[0] == '-':
        secs = -secs
        us = -us
    if not secs and not us:
        return vals + [_UTC]
    return vals + [timezone(timedelta(0, secs, us))]


def _fromisocal(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        bad = True
        if week == 53:
            jan1 = (_ymd2ord(year, 1, 1) + 6) % 7
            bad = not (jan1 == 3 or (jan1 == 2 and _is_leap(year)))
        if bad:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _iso_week1_monday(year) + (week - 1) * 7 + day - 1


# --- clock ------------------------------------------------------------------

def _split_timestamp(t):
    # (whole seconds, microseconds), microseconds rounded half to even.
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__)
    if t != t:
        raise ValueError('Invalid value NaN (not a number)')
    whole = int(t)           # OverflowError for inf, as CPython
    us = round((t - whole) * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


def _utc_fields(secs, us):
    o = secs // 86400 + _EPOCH_ORD
    if not 1 <= o <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % (_ord2packed(o) >> 9))
    secs %= 86400
    p = _ord2packed(o)
    return (p >> 9, p >> 5 & 15, p & 31, secs // 3600, secs // 60 % 60,
            secs % 60, us)


def _now_fields():
    # The sandbox clock counts milliseconds; time_ns() keeps it exact.
    us = _time.time_ns() // 1000
    return _utc_fields(us // 1000000, us % 1000000)


# --- tzinfo and timezone ----------------------------------------------------

class tzinfo:
    """The abstract base of time zones: subclasses define utcoffset(),
    dst() and tzname()."""

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement '
                                  'utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        # Turns UTC (in dt's fields) into this zone's local time, for a zone
        # whose standard offset does not depend on the date.
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt._tz is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() '
                             'result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent '
                                 'results; cannot convert')
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be '
                            'datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        us = _td_us(offset)
        if not -_ONE_DAY_US < us < _ONE_DAY_US:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        if name is None and not us and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance '
                        'or None')

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('tzname() argument must be a datetime instance '
                            'or None')
        if self._name is not None:
            return self._name
        if not _td_us(self._offset):
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance '
                            'or None')
        if dt._tz is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __reduce__(self):
        if self._name is None:
            return timezone, (self._offset,)
        return timezone, (self._offset, self._name)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = UTC = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
# What astimezone() gives for local time: CPython in a UTC zone names it.
_LOCAL = timezone(timedelta(0), 'UTC')


# --- date -------------------------------------------------------------------

def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._y = y
        self._m = m
        self._d = d
        return self
    return cls(y, m, d)


_StructTime = _namedtuple('struct_time', (
    'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
    'tm_yday', 'tm_isdst'))


class _struct_time(_StructTime):
    # time.struct_time, which the sandbox's time module does not have.
    def __repr__(self):
        return ('time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, '
                'tm_hour=%d, tm_min=%d, tm_sec=%d, tm_wday=%d, tm_yday=%d, '
                'tm_isdst=%d)' % tuple(self))

    __str__ = __repr__


def _timetuple(y, m, d, hh, mi, ss, dst):
    o = _ymd2ord(y, m, d)
    return _struct_time(y, m, d, hh, mi, ss, (o + 6) % 7,
                        o - _ymd2ord(y, 1, 1) + 1, dst)


_IsoBase = _namedtuple('IsoCalendarDate', ('year', 'week', 'weekday'))


class _IsoCalendarDate(_IsoBase):
    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % tuple(self))

    __str__ = __repr__


class date(_Ordered):
    """A date (year, month, day) in the proleptic Gregorian calendar."""

    # Time fields for the code shared with datetime (strftime).
    _hh = _mi = _ss = _us = 0

    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self._y = year
        self._m = month
        self._d = day

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    @classmethod
    def today(cls):
        y, m, d = _now_fields()[:3]
        return _new_date(cls, y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _utc_fields(_split_timestamp(t)[0], 0)[:3]
        return _new_date(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(_check_ordinal(n))
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        y, m, d = _parse_iso_date(s, s)
        if cls is date:
            return date(y, m, d)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _ord2ymd(_fromisocal(year, week, day))
        return _new_date(cls, y, m, d)

    def toordinal(self):
        return _ymd2ord(self._y, self._m, self._d)

    def weekday(self):
        return (_ymd2ord(self._y, self._m, self._d) + 6) % 7

    def isoweekday(self):
        return (_ymd2ord(self._y, self._m, self._d) + 6) % 7 + 1

    def isocalendar(self):
        return _IsoCalendarDate(*_isocal(self._y, self._m, self._d))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day)

    def timetuple(self):
        return _timetuple(self._y, self._m, self._d, 0, 0, 0, -1)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._y, self._m, self._d)

    __str__ = isoformat

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualname(self), self._y, self._m, self._d)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._m], self._d, self._y)

    def strftime(self, fmt):
        return _strftime(self, fmt, (self._y, self._m, self._d, 0, 0, 0, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        o = _ymd2ord(self._y, self._m, self._d) + other._days
        if not 0 < o <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        p = _ord2packed(o)
        return _new_date(type(self), p >> 9, p >> 5 & 15, p & 31)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):   # whole days only, as CPython
            o = _ymd2ord(self._y, self._m, self._d) - other._days
            if not 0 < o <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            p = _ord2packed(o)
            return _new_date(type(self), p >> 9, p >> 5 & 15, p & 31)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us((_ymd2ord(self._y, self._m, self._d)
                                - _ymd2ord(other._y, other._m, other._d))
                               * _ONE_DAY_US)
        return NotImplemented

    def _cmp(self, other, op):
        # <0, 0 or >0; a date and a datetime do not compare.
        if isinstance(other, date):
            if isinstance(other, datetime):
                raise TypeError("can't compare %s to %s"
                                % (_qualname(other), _qualname(self)))
            return (((self._y - other._y) * 16 + self._m - other._m) * 32
                    + self._d - other._d)
        raise _cmp_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, date):
            if isinstance(other, datetime):
                return False
            return (self._d == other._d and self._m == other._m
                    and self._y == other._y)
        return NotImplemented

    def __hash__(self):
        return hash(self._y << 9 | self._m << 5 | self._d)

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- time -------------------------------------------------------------------

def _time_repr(name, hh, mi, ss, us):
    if us:
        return '%s(%d, %d, %d, %d' % (name, hh, mi, ss, us)
    if ss:
        return '%s(%d, %d, %d' % (name, hh, mi, ss)
    return '%s(%d, %d' % (name, hh, mi)


def _iso_time(hh, mi, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mi, ss, us)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mi, ss, us // 1000)
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mi)
    if timespec == 'hours':
        return '%02d' % hh
    raise ValueError('Unknown timespec value')


class time(_Ordered):
    """A time of day, optionally with a tzinfo."""

    # Defaults an instance only overrides when it differs: fewer instance
    # attributes make objects cheaper to create. The date is what strftime
    # uses for a time.
    _tz = None
    _fold = 0
    _y = 1900
    _m = _d = 1

    def __init__(self, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond, fold)
        self._hh = hour
        self._mi = minute
        self._ss = second
        self._us = microsecond
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
            self._tz = tzinfo
        if fold:
            self._fold = fold

    @property
    def hour(self):
        return self._hh

    @property
    def minute(self):
        return self._mi

    @property
    def second(self):
        return self._ss

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        hh, mi, ss, us, tz = _parse_iso_time(t, s)
        return cls(hh, mi, ss, us, tz)

    def utcoffset(self):
        if self._tz is None:
            return None
        return _check_offset('utcoffset', self._tz.utcoffset(None))

    def dst(self):
        if self._tz is None:
            return None
        return _check_offset('dst', self._tz.dst(None))

    def tzname(self):
        if self._tz is None:
            return None
        return self._tz.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(
            self._hh if hour is None else hour,
            self._mi if minute is None else minute,
            self._ss if second is None else second,
            self._us if microsecond is None else microsecond,
            self._tz if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def isoformat(self, timespec='auto'):
        s = _iso_time(self._hh, self._mi, self._ss, self._us, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    __str__ = isoformat

    def __repr__(self):
        s = _time_repr(_qualname(self), self._hh, self._mi, self._ss,
                       self._us)
        if self._tz is not None:
            s += ', tzinfo=%r' % (self._tz,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hh, self._mi,
                                     self._ss, self._us))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def _us_of_day(self):
        return (((self._hh * 60 + self._mi) * 60 + self._ss) * 1000000
                + self._us)

    def _cmp(self, other, op):
        # <0, 0 or >0; None when one side is naive and the other aware.
        if not isinstance(other, time):
            raise _cmp_error(op, self, other)
        d = self._us_of_day() - other._us_of_day()
        if self._tz is other._tz:
            return d
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is None and off2 is None:
            return d
        if off1 is None or off2 is None:
            if op == '==':
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            'times')
        return d - _td_us(off1) + _td_us(off2)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        return self._cmp(other, '==') == 0

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._us_of_day() - (0 if off is None else _td_us(off)))

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), (self._hh, self._mi, self._ss, self._us, self._tz)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ---------------------------------------------------------------

def _new_dt(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._y = y
        self._m = m
        self._d = d
        self._hh = hh
        self._mi = mi
        self._ss = ss
        self._us = us
        if tz is not None:
            self._tz = tz
        if fold:
            self._fold = fold
        return self
    return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)


def _from_utc_fields(cls, f, tz):
    dt = _new_dt(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)
    if tz is None:
        return dt
    if not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo '
                        "subclass, not type '%s'" % type(tz).__name__)
    return tz.fromutc(dt)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    _tz = None
    _fold = 0

    def __init__(self, year, month, day, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond, fold)
        self._y = year
        self._m = month
        self._d = day
        self._hh = hour
        self._mi = minute
        self._ss = second
        self._us = microsecond
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
            self._tz = tzinfo
        if fold:
            self._fold = fold

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- constructors

    @classmethod
    def now(cls, tz=None):
        return _from_utc_fields(cls, _now_fields(), tz)

    @classmethod
    def today(cls):
        return _from_utc_fields(cls, _now_fields(), None)

    @classmethod
    def utcnow(cls):
        return _from_utc_fields(cls, _now_fields(), None)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        secs, us = _split_timestamp(t)
        return _from_utc_fields(cls, _utc_fields(secs, us), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return _from_utc_fields(cls, _utc_fields(secs, us), None)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(_check_ordinal(n))
        return _new_dt(cls, y, m, d, 0, 0, 0, 0, None)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _ord2ymd(_fromisocal(year, week, day))
        return _new_dt(cls, y, m, d, 0, 0, 0, 0, None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, '
                            'not %s' % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, '
                            'not %s' % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_._tz
        return cls(date_._y, date_._m, date_._d, time_._hh, time_._mi,
                   time_._ss, time_._us, tzinfo, fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        n = _iso_date_len(s)
        y, m, d = _parse_iso_date(s[:n], s)
        if len(s) == n:
            return cls(y, m, d)
        t = s[n + 1:]
        if not t:
            raise _iso_error(s)
        hh, mi, ss, us, tz = _parse_iso_time(t, s)
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        v = _strptime(date_string, format)
        return cls(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])

    # -- parts and conversions

    def date(self):
        return date(self._y, self._m, self._d)

    def time(self):
        return time(self._hh, self._mi, self._ss, self._us, fold=self._fold)

    def timetz(self):
        return time(self._hh, self._mi, self._ss, self._us, self._tz,
                    fold=self._fold)

    def utcoffset(self):
        return _utcoffset(self._tz, self)

    def dst(self):
        if self._tz is None:
            return None
        return _check_offset('dst', self._tz.dst(self))

    def tzname(self):
        if self._tz is None:
            return None
        return self._tz.tzname(self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._y if year is None else year,
            self._m if month is None else month,
            self._d if day is None else day,
            self._hh if hour is None else hour,
            self._mi if minute is None else minute,
            self._ss if second is None else second,
            self._us if microsecond is None else microsecond,
            self._tz if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _utc_us(self, off):
        # Microseconds since 0000-12-31 (a small int), shifted to UTC by the
        # offset when there is one.
        us = ((((_ymd2ord(self._y, self._m, self._d) * 24 + self._hh) * 60
                + self._mi) * 60 + self._ss) * 1000000 + self._us)
        if off is None:
            return us
        return us - _td_us(off)

    def timestamp(self):
        off = _utcoffset(self._tz, self)
        if off is None:    # naive: local time, which is UTC here
            secs = ((_ymd2ord(self._y, self._m, self._d) - _EPOCH_ORD) * 86400
                    + self._hh * 3600 + self._mi * 60 + self._ss)
            return secs + self._us / 1e6
        return (self._utc_us(off) - _EPOCH_ORD * _ONE_DAY_US) / 1000000

    def timetuple(self):
        dst = -1
        if self._tz is not None:
            d = self.dst()
            if d is not None:
                dst = 1 if d else 0
        return _timetuple(self._y, self._m, self._d, self._hh, self._mi,
                          self._ss, dst)

    def utctimetuple(self):
        dt = self
        off = self.utcoffset()
        if off:
            dt = self - off
        return _timetuple(dt._y, dt._m, dt._d, dt._hh, dt._mi, dt._ss, 0)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        else:
            _check_tzinfo(tz)
        mytz = self._tz
        if tz is mytz:
            return self
        off = _utcoffset(mytz, self)
        utc = self if off is None else self - off
        utc = _new_dt(type(self), utc._y, utc._m, utc._d, utc._hh, utc._mi,
                      utc._ss, utc._us, tz)
        return tz.fromutc(utc)

    # -- text

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode '
                            'character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s%s' % (
            self._y, self._m, self._d, sep,
            _iso_time(self._hh, self._mi, self._ss, self._us, timespec))
        off = _utcoffset(self._tz, self)
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = '%s(%d, %d, %d, %s' % (
            _qualname(self), self._y, self._m, self._d,
            _time_repr('', self._hh, self._mi, self._ss, self._us)[1:])
        if self._fold:
            s += ', fold=1'
        if self._tz is not None:
            s += ', tzinfo=%r' % (self._tz,)
        return s + ')'

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBR[self.weekday()], _MON_ABBR[self._m], self._d,
            self._hh, self._mi, self._ss, self._y)

    def strftime(self, fmt):
        return _strftime(self, fmt, (self._y, self._m, self._d, self._hh,
                                     self._mi, self._ss, self._us))

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us + other._usec
        secs = (self._hh * 3600 + self._mi * 60 + self._ss + other._secs
                + us // 1000000)
        o = _ymd2ord(self._y, self._m, self._d) + other._days + secs // 86400
        if not 0 < o <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        secs %= 86400
        p = _ord2packed(o)
        return _new_dt(type(self), p >> 9, p >> 5 & 15, p & 31, secs // 3600,
                       secs // 60 % 60, secs % 60, us % 1000000, self._tz)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(-other)
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tz is other._tz:
            off1 = off2 = None
        else:
            off1 = _utcoffset(self._tz, self)
            off2 = _utcoffset(other._tz, other)
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and "
                                'offset-aware datetimes')
        return _td_from_us(self._utc_us(off1) - other._utc_us(off2))

    # -- comparison

    def _cmp(self, other, op):
        # <0, 0 or >0; None for == between naive and aware.
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s"
                                % (_qualname(self), _qualname(other)))
            raise _cmp_error(op, self, other)
        if self._tz is other._tz:   # same zone: the fields decide
            return self._utc_us(None) - other._utc_us(None)
        off1 = _utcoffset(self._tz, self)
        off2 = _utcoffset(other._tz, other)
        if (off1 is None) != (off2 is None):
            if op == '==':
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            'datetimes')
        return self._utc_us(off1) - other._utc_us(off2)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                return False
            return NotImplemented
        return self._cmp(other, '==') == 0

    def __hash__(self):
        return hash(self._utc_us(_utcoffset(self._tz, self)))

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d, self._hh, self._mi,
                            self._ss, self._us, self._tz)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_OWN_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo)
