"""Time access and conversions, as in CPython's time module.

MicroPython's built-in time (still reachable as `utime`) has time,
time_ns, sleep, gmtime, localtime and mktime (8-tuples, no names) and the
ticks_* functions. This module keeps those and adds struct_time with named
fields, strftime, strptime, asctime, ctime, perf_counter, monotonic,
process_time and the timezone constants. The sandbox's clock is UTC.
"""

import utime as _t
from ucollections import namedtuple as _namedtuple

time = _t.time
time_ns = _t.time_ns
sleep = _t.sleep
# MicroPython's own, for code written for it
sleep_ms = _t.sleep_ms
sleep_us = _t.sleep_us
ticks_ms = _t.ticks_ms
ticks_us = _t.ticks_us
ticks_cpu = _t.ticks_cpu
ticks_add = _t.ticks_add
ticks_diff = _t.ticks_diff

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_StructBase = _namedtuple("struct_time", _FIELDS)


class struct_time(_StructBase):
    """The 9 fields of a time, by index or by name (tm_year...)."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                            % len(seq))
        return _StructBase.__new__(cls, *seq[:9])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            ["%s=%r" % (name, value) for name, value in zip(_FIELDS, self)])

    __str__ = __repr__

    tm_zone = None
    tm_gmtoff = None


class _LocalTime(struct_time):
    tm_zone = "UTC"
    tm_gmtoff = 0


class _GMTime(struct_time):
    tm_zone = "GMT"
    tm_gmtoff = 0


def _secs(secs):
    if secs is None:
        return _t.time()
    if isinstance(secs, float):
        # whole seconds, rounded down as CPython does for negative times
        i = int(secs)
        return i - 1 if i > secs else i
    return secs


def localtime(secs=None):
    return _LocalTime(_t.localtime(_secs(secs)) + (0,))


def gmtime(secs=None):
    return _GMTime(_t.gmtime(_secs(secs)) + (0,))


def _days_before(y, m):
    # days from 1970-01-01 to y-m-01 (proleptic Gregorian calendar)
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    doy = (153 * ((m + 9) % 12) + 2) // 5
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def _check_tuple(t, what):
    if not isinstance(t, tuple) or len(t) not in (8, 9):
        raise TypeError("%s(): illegal time tuple argument" % what)


def mktime(t):
    """Seconds since the epoch for a local (here UTC) time tuple, as a float;
    fields out of range roll over (month 13 is January of the next year)."""
    _check_tuple(t, "mktime")
    y, mo, d, h, mi, s = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    days = _days_before(y, mo) + d - 1
    return float(((days * 24 + h) * 60 + mi) * 60 + s)


def perf_counter():
    return _t.time_ns() / 1e9


def perf_counter_ns():
    return _t.time_ns()


# The sandbox has one clock: monotonic and process_time read it too (there
# is no CPU-time counter), at its resolution.
monotonic = perf_counter
monotonic_ns = perf_counter_ns
process_time = perf_counter
process_time_ns = perf_counter_ns
thread_time = perf_counter
thread_time_ns = perf_counter_ns


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
# composite directives, as the C library expands them in the C locale
_COMPOSITE = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
              "D": "%m/%d/%y", "F": "%Y-%m-%d", "T": "%H:%M:%S", "R": "%H:%M",
              "r": "%I:%M:%S %p"}
# numeric directives: default width and padding
_NUMERIC = {"d": (2, "0"), "e": (2, " "), "H": (2, "0"), "I": (2, "0"),
            "k": (2, " "), "l": (2, " "), "j": (3, "0"), "m": (2, "0"),
            "M": (2, "0"), "S": (2, "0"), "U": (2, "0"), "W": (2, "0"),
            "V": (2, "0"), "y": (2, "0"), "g": (2, "0"), "C": (1, "0"),
            "u": (1, "0"), "w": (1, "0"), "Y": (1, "0"), "G": (1, "0"),
            "s": (1, "0")}


def _normalise(t):
    # CPython's checks on a tuple given to strftime/asctime; 0 is accepted
    # for the month, day and day of the year
    _check_tuple(t, "strftime")
    y, mo, d, h, mi, s, wd, yd = t[:8]
    isdst = t[8] if len(t) > 8 else 0
    if mo == 0:
        mo = 1
    if not 1 <= mo <= 12:
        raise ValueError("month out of range")
    if d == 0:
        d = 1
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= h <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mi <= 59:
        raise ValueError("minute out of range")
    if not 0 <= s <= 61:
        raise ValueError("seconds out of range")
    if yd == 0:
        yd = 1
    if not 1 <= yd <= 366:
        raise ValueError("day of year out of range")
    return (y, mo, d, h, mi, s, (wd + 1) % 7, yd, isdst)  # weekday from Sunday


def _iso(y, yd, wsun):
    # ISO 8601 year and week of a date given its day of the year and weekday
    wmon = (wsun + 6) % 7  # Monday 0
    week = (yd - wmon + 9) // 7
    if week < 1:
        y -= 1
        last = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
        return _iso(y, yd + last, wsun)
    days = 366 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 365
    if week == 53 and yd - wmon + 3 > days:
        return y + 1, 1
    return y, week


def _number(ch, t):
    y, mo, d, h, mi, s, wsun, yd = t[:8]
    if ch in "de":
        return d
    if ch in "Hk":
        return h
    if ch in "Il":
        return (h + 11) % 12 + 1
    if ch == "j":
        return yd
    if ch == "m":
        return mo
    if ch == "M":
        return mi
    if ch == "S":
        return s
    if ch == "U":
        return (yd - 1 + 7 - wsun) // 7
    if ch == "W":
        return (yd - 1 + 7 - (wsun - 1 if wsun else 6)) // 7
    if ch == "y":
        return y % 100
    if ch == "C":
        return y // 100
    if ch == "u":
        return wsun or 7
    if ch == "w":
        return wsun
    if ch == "Y":
        return y
    if ch in "GgV":
        iy, iw = _iso(y, yd, wsun)
        return iw if ch == "V" else iy if ch == "G" else iy % 100
    if ch == "s":
        return int(mktime((y, mo, d, h, mi, s, 0, 0, 0)))


def _text(ch, t, zone):
    if ch == "a":
        return _DAYS[(t[6] + 6) % 7][:3]
    if ch == "A":
        return _DAYS[(t[6] + 6) % 7]
    if ch in "bh":
        return _MONTHS[t[1] - 1][:3]
    if ch == "B":
        return _MONTHS[t[1] - 1]
    if ch == "p":
        return "AM" if t[3] < 12 else "PM"
    if ch == "P":
        return "am" if t[3] < 12 else "pm"
    if ch == "Z":
        return zone
    if ch == "z":
        return "+0000"
    if ch == "n":
        return "\n"
    if ch == "t":
        return "\t"
    if ch == "%":
        return "%"
    return None


def _format(fmt, t, zone):
    out = []
    it = iter(fmt)
    for ch in it:
        if ch != "%":
            out.append(ch)
            continue
        spec = "%"
        flag = ""
        width = ""
        ch = next(it, "")
        while ch and ch in "-_0^#":
            spec += ch
            flag = ch
            ch = next(it, "")
        while ch and ch in "0123456789":
            spec += ch
            width += ch
            ch = next(it, "")
        while ch and ch in "EO":
            spec += ch
            ch = next(it, "")
        if not ch:
            out.append(spec)
            break
        if ch in _COMPOSITE:
            out.append(_format(_COMPOSITE[ch], t, zone))
        elif ch in _NUMERIC:
            n, pad = _NUMERIC[ch]
            if width:
                n = int(width)
            if flag == "-":
                n = 0
            elif flag == "_":
                pad = " "
            elif flag == "0":
                pad = "0"
            v = str(_number(ch, t))
            out.append(pad * (n - len(v)) + v)
        else:
            v = _text(ch, t, zone)
            if v is None:
                out.append(spec + ch)  # unknown directives stay as they are
                continue
            if flag == "^" or (flag == "#" and ch != "p"):
                v = v.upper()
            elif flag == "#":
                v = v.lower()
            out.append(v)
    return "".join(out)


def strftime(format, t=None):
    """Format a time tuple (default: localtime()) with C's directives:
    %Y %m %d %H %M %S %y %b %B %a %A %j %p %I %U %W %w %c %x %X %Z (UTC)
    %z (+0000) %% and the GNU ones (%e %F %T %D %R %u %V %G %-d ...)."""
    if t is None:
        t = localtime()
    zone = getattr(t, "tm_zone", None) or tzname[0]
    return _format(format, _normalise(tuple(t)), zone)


def asctime(t=None):
    if t is None:
        t = localtime()
    return _format("%a %b %e %H:%M:%S %Y", _normalise(tuple(t)), "UTC")


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string with strftime's directives into a struct_time."""
    import datetime  # (datetime imports time: only import it when needed)
    tt = datetime.datetime.strptime(string, format).timetuple()
    return struct_time(tuple(tt))
