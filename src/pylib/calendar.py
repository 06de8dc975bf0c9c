"""Calendar functions and text calendars (CPython 3.11's calendar), with
English names. HTMLCalendar and the locale calendars are not included.

It does not import datetime unless date objects are asked for
(itermonthdates and the *datescalendar methods).
"""

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday',
           'firstweekday', 'isleap', 'leapdays', 'weekday', 'monthrange',
           'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar',
           'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr',
           'Calendar', 'TextCalendar', 'weekheader', 'MONDAY', 'TUESDAY',
           'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ('bad weekday number %r; must be 0 (Monday) to 6 (Sunday)'
                % (self.weekday,))


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EPOCH = 1970

# mdays[month] is the length of the month in a common year.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# Lists, so that slices are lists as in CPython (its sequences are
# read-only; these are not).
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June',
              'July', 'August', 'September', 'October', 'November',
              'December']
month_abbr = [m[:3] for m in month_name]
day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
            'Saturday', 'Sunday']
day_abbr = [d[:3] for d in day_name]

# Days from March 1st to the 1st of each month (index = month), so that a
# leap day falls at the end of the counting year.
_MARCH_DAYS = (0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275)


def isleap(year):
    """Whether year is a leap year."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + \
        (y2 // 400 - y1 // 400)


def _days_from_epoch(year, month, day):
    # Days from 1970-01-01; day may run past the month, as timegm allows.
    y = year - 1 if month <= 2 else year
    return (365 * y + y // 4 - y // 100 + y // 400 + _MARCH_DAYS[month]
            + day - 719469)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of year-month-day."""
    if not 1 <= year <= 9999:
        year = 2000 + year % 400   # the calendar repeats every 400 years
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _monthlen(year, month):
        raise ValueError('day is out of range for month')
    return (_days_from_epoch(year, month, day) + 3) % 7   # 1970-01-01: Thu


def _monthlen(year, month):
    return mdays[month] + (month == 2 and isleap(year))


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def timegm(tuple):
    """The Unix timestamp of a UTC time tuple (the inverse of gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _days_from_epoch(year, month, 1) + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _center(s, width):
    # str.center with CPython's rule for an odd margin (MicroPython puts the
    # extra space on the right every time).
    marg = width - len(s)
    if marg <= 0:
        return s
    left = marg // 2 + (marg & width & 1)
    return ' ' * left + s + ' ' * (marg - left)


def formatstring(cols, colwidth=20, spacing=6):
    """Centred columns, joined by spacing spaces."""
    return (' ' * spacing).join([_center(c, colwidth) for c in cols])


class Calendar:
    """Iterates over the days of months, weeks starting on firstweekday
    (0 is Monday, 6 is Sunday)."""

    def __init__(self, firstweekday=0):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for the whole weeks around the month."""
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for the whole weeks around it."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd
            wd = (wd + 1) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for the whole weeks around the month."""
        from datetime import date
        for y, m, d in self.itermonthdays3(year, month):
            yield date(y, m, d)

    def itermonthdays(self, year, month):
        """The days of the month, with 0 for days outside it."""
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        for _ in range(before):
            yield 0
        for d in range(1, ndays + 1):
            yield d
        for _ in range((self.firstweekday - day1 - ndays) % 7):
            yield 0

    def itermonthdays2(self, year, month):
        """(day, weekday) pairs, day 0 outside the month."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def _weeks(self, items):
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        return self._weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        return self._weeks(list(self.itermonthdays(year, month)))

    def _year(self, method, year, width):
        months = [method(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._year(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Plain-text calendars, as the cal command prints them."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return _center('' if day == 0 else '%2d' % day, width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return _center(names[day][:width], width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(i, width)
                         for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %r' % (s, theyear)
        return _center(s, width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        nl = '\n' * l
        lines = [self.formatmonthname(theyear, themonth,
                                      7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w).rstrip())
        return nl.join(lines) + nl

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        nl = '\n' * l
        colwidth = (w + 1) * 7 - 1
        out = [_center(repr(theyear), colwidth * m + c * (m - 1)).rstrip(),
               nl]
        header = self.formatweekheader(w)
        rows = self.yeardays2calendar(theyear, m)
        for i in range(len(rows)):
            row = rows[i]
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(nl)
            out.append(formatstring([self.formatmonthname(theyear, k,
                                                          colwidth, False)
                                     for k in months], colwidth, c).rstrip())
            out.append(nl)
            out.append(formatstring([header for k in months], colwidth,
                                    c).rstrip())
            out.append(nl)
            height = max([len(cal) for cal in row])
            for j in range(height):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ''
                         for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(nl)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


# The module-level functions use one shared TextCalendar, as CPython's do.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def format(cols, colwidth=20, spacing=6):
    """Prints columns centred, joined by spacing spaces."""
    print(formatstring(cols, colwidth, spacing))
