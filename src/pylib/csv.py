"""CSV reading and writing, following CPython's csv module.

The parser keeps CPython's state machine (so odd input gives the same rows),
but a line without quote or escape characters takes a fast path through
str.split, and quoted fields are scanned with str.find rather than one
character at a time.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
# Added in CPython 3.12; accepted here so newer code runs.
QUOTE_STRINGS, QUOTE_NOTNULL = 4, 5

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect; subclass it and set the attributes."""

    _name = ""
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        _Params(self, {})  # raises on a bad dialect, like CPython


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {}


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if type(value) is not str or len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Params:
    """The checked, resolved settings that readers and writers use."""

    def __init__(self, dialect, kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kw:
                return kw[name]
            value = getattr(dialect, name, None)
            return default if value is None else value

        for name in kw:
            if name not in _NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        self.delimiter = _char("delimiter", pick("delimiter", ","), False)
        quotechar = pick("quotechar", '"')
        quoting = pick("quoting", QUOTE_MINIMAL)
        if quotechar is None and "quoting" not in kw:
            quoting = QUOTE_NONE
        self.quotechar = _char("quotechar", quotechar, True)
        self.escapechar = _char("escapechar", pick("escapechar", None), True)
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        lt = pick("lineterminator", "\r\n")
        if type(lt) is not str:
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lt
        if quoting not in (0, 1, 2, 3, 4, 5) or type(quoting) is not int:
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.strict = bool(pick("strict", False))
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")

    def __repr__(self):
        return "<_csv.Dialect object>"


_NAMES = ("delimiter", "quotechar", "escapechar", "doublequote",
          "skipinitialspace", "lineterminator", "quoting", "strict")


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(excel if dialect is None else dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if isinstance(name, _Params):
        return name
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    if args:
        if type(args[0]) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# Parser states, named as in CPython's _csv.c.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

_NL_MSG = ("new-line character seen in unquoted field - "
           "do you need to open the file in universal-newline mode?")


def _bad_float(fields):
    # Raise ValueError with CPython's message for the first bad field.
    for x in fields:
        if x:
            try:
                float(x)
            except ValueError:
                raise ValueError("could not convert string to float: %r" % x)


def _first_of(line, i, n, chars):
    # Index of the first of chars at or after i (n if none); each later
    # search stops at the best hit so far, so the cost stays near linear.
    for ch in chars:
        k = line.find(ch, i, n)
        if k >= 0:
            n = k
    return n


class _Reader:
    def __init__(self, f, params):
        self._it = iter(f)
        self.dialect = params
        self.line_num = 0
        p = params
        self._d = p.delimiter
        self._q = None if p.quoting == QUOTE_NONE else p.quotechar
        self._e = p.escapechar
        self._num = p.quoting == QUOTE_NONNUMERIC
        self._skip = p.skipinitialspace
        self._strict = p.strict
        self._dq = p.doublequote
        # A line holding neither can simply be split ("\n" stands for unset,
        # as the fast path rejects it anyway).
        self._m1 = self._q or "\n"
        self._m2 = self._e or "\n"
        self._split_ok = not (self._skip and self._d == " ")
        self._plain = not (self._skip or self._num)
        # Lines with quotes may take _quoted() with the common settings.
        self._qfast = (self._q is not None and self._e is None and self._dq
                       and not self._skip and not self._num)
        self._field_specials = tuple(c for c in (self._d, "\r", "\n", self._e) if c is not None)
        self._quoted_specials = tuple(c for c in (self._q, self._e) if c is not None)

    def __iter__(self):
        return self

    # The per-row methods keep few locals on purpose: MicroPython puts a
    # larger call frame on the heap, a cost paid on every row.
    def __next__(self):
        line = next(self._it)
        self.line_num += 1
        if type(line) is str and self._split_ok:
            s = line.rstrip("\r\n")
            if "\n" not in s and "\r" not in s and len(s) <= _field_limit:
                # _m1/_m2 are the quote and escape characters ("\n" when unset).
                if self._m1 not in s and self._m2 not in s:
                    if not s:
                        return []
                    if self._plain:
                        return s.split(self._d)
                    return self._convert(s.split(self._d))
                if self._qfast:
                    fields = self._quoted(s)
                    if fields is not None:
                        return fields
        return self._record(line)

    def _quoted(self, s):
        # A one-line record with well-formed quoted fields, cut with
        # str.find; None sends anything unusual to the full parser.
        d = self._d
        q = self._q
        fields = []
        n = len(s)
        i = 0
        while True:
            if s.startswith(q, i):
                j = s.find(q, i + 1)
                if j < 0:
                    return None  # the field goes on in the next line
                field = s[i + 1:j]
                while s.startswith(q, j + 1):  # "" stands for one quote
                    k = s.find(q, j + 2)
                    if k < 0:
                        return None
                    field += s[j + 1:k]
                    j = k
                j += 1
                fields.append(field)
                if j == n:
                    return fields
                if s[j] != d:
                    return None
                i = j + 1
            else:
                j = s.find(d, i)
                if j < 0:
                    fields.append(s[i:])
                    return fields
                fields.append(s[i:j])
                i = j + 1

    def _convert(self, fields):
        if self._skip:
            fields = [x.lstrip(" ") for x in fields]
        if self._num:
            try:
                fields = [float(x) if x else x for x in fields]
            except ValueError:
                _bad_float(fields)
        return fields

    def _line(self):
        line = next(self._it)
        self.line_num += 1
        return line

    def _record(self, line):
        # The general parser; a quoted newline makes it read more lines.
        self._fields = []
        self._buf = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            if type(line) is not str:
                if isinstance(line, (bytes, bytearray)):
                    raise Error("iterator should return strings, not bytes "
                                "(the file should be opened in text mode)")
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self._parse(line)
            if self._state == _START_RECORD:
                return self._fields
            try:
                line = self._line()
            except StopIteration:
                if self._buf or self._state == _IN_QUOTED_FIELD:
                    if self._strict:
                        raise Error("unexpected end of data")
                    self._save()
                    return self._fields
                raise

    def _save(self):
        field = "".join(self._buf)
        self._buf = []
        if len(field) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self._numeric:
            self._numeric = False
            try:
                field = float(field)
            except ValueError:
                _bad_float([field])
        self._fields.append(field)

    def _parse(self, line):
        d, q, e = self._d, self._q, self._e
        buf = self._buf
        st = self._state
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if st == _START_RECORD:
                if c == "\n" or c == "\r":
                    st = _EAT_CRNL
                    i += 1
                    continue
                st = _START_FIELD
            if st == _START_FIELD:
                if c == "\n" or c == "\r":
                    self._save()
                    buf = self._buf
                    st = _EAT_CRNL
                elif c == q:
                    st = _IN_QUOTED_FIELD
                elif c == e:
                    st = _ESCAPED_CHAR
                elif c == " " and self._skip:
                    pass
                elif c == d:
                    self._save()
                    buf = self._buf
                else:
                    self._numeric = self._num
                    st = _IN_FIELD
                    continue  # the IN_FIELD branch takes this character
            elif st == _IN_FIELD or st == _AFTER_ESCAPED_CRNL:
                st = _IN_FIELD
                j = _first_of(line, i, n, self._field_specials)
                if j > i:
                    buf.append(line[i:j])
                    i = j
                    continue
                if c == "\n" or c == "\r":
                    self._save()
                    buf = self._buf
                    st = _EAT_CRNL
                elif c == e:
                    st = _ESCAPED_CHAR
                else:  # the delimiter
                    self._save()
                    buf = self._buf
                    st = _START_FIELD
            elif st == _IN_QUOTED_FIELD:
                j = _first_of(line, i, n, self._quoted_specials)
                if j > i:
                    buf.append(line[i:j])
                    i = j
                    continue
                if c == e:
                    st = _ESCAPE_IN_QUOTED_FIELD
                elif self._dq:
                    st = _QUOTE_IN_QUOTED_FIELD
                else:
                    st = _IN_FIELD
            elif st == _QUOTE_IN_QUOTED_FIELD:
                if c == q:
                    buf.append(c)
                    st = _IN_QUOTED_FIELD
                elif c == d:
                    self._save()
                    buf = self._buf
                    st = _START_FIELD
                elif c == "\n" or c == "\r":
                    self._save()
                    buf = self._buf
                    st = _EAT_CRNL
                elif not self._strict:
                    buf.append(c)
                    st = _IN_FIELD
                else:
                    self._state = st
                    raise Error("'%s' expected after '%s'" % (d, q))
            elif st == _ESCAPED_CHAR:
                buf.append(c)
                st = _AFTER_ESCAPED_CRNL if (c == "\n" or c == "\r") else _IN_FIELD
            elif st == _ESCAPE_IN_QUOTED_FIELD:
                buf.append(c)
                st = _IN_QUOTED_FIELD
            else:  # _EAT_CRNL
                if c != "\n" and c != "\r":
                    self._state = _START_RECORD
                    raise Error(_NL_MSG)
            i += 1
        # End of the line.
        if st == _START_FIELD or st == _IN_FIELD or st == _QUOTE_IN_QUOTED_FIELD:
            self._save()
            st = _START_RECORD
        elif st == _EAT_CRNL:
            st = _START_RECORD
        elif st == _ESCAPED_CHAR:
            self._buf.append("\n")
            st = _IN_FIELD
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            self._buf.append("\n")
            st = _IN_QUOTED_FIELD
        self._state = st


def _is_number(x):
    t = type(x)
    if t is int or t is float or t is bool or t is complex:
        return True
    return hasattr(t, "__float__") or hasattr(t, "__index__") or hasattr(t, "__int__")


def _to_str(x):
    t = type(x)
    if t is str:
        return x
    if x is None:
        return ""
    if t is float:
        return repr(x)
    return str(x)


class _Writer:
    def __init__(self, f, params):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = p = params
        self._d = p.delimiter
        self._q = p.quotechar
        self._e = p.escapechar
        self._lt = p.lineterminator
        self._quoting = p.quoting
        # Characters that make QUOTE_MINIMAL quote or escape a field.
        sp = [p.delimiter]
        for c in (p.quotechar, p.escapechar):
            if c is not None:
                sp.append(c)
        for c in p.lineterminator:
            if c not in sp:
                sp.append(c)
        self._specials = tuple(sp)
        # The fast path checks for these ("\n" stands for unset).
        self._m1 = p.quotechar or "\n"
        self._m2 = p.escapechar or "\n"
        self._fast = p.quoting == QUOTE_MINIMAL and not p.lineterminator.strip("\r\n")

    def writerow(self, row):
        # Fast path (few locals, see _Reader.__next__): join the row and
        # write it when no field holds a delimiter, quote, escape or newline.
        t = type(row)
        if self._fast and (t is list or t is tuple):
            line = self._d.join([x if type(x) is str else _to_str(x) for x in row])
            if (self._m1 not in line and self._m2 not in line and "\n" not in line
                    and "\r" not in line and line.count(self._d) == len(row) - 1
                    and (line or len(row) != 1)):
                return self._write(line + self._lt)
        return self._writerow(row)

    def _writerow(self, row):
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        quoting = self._quoting
        if quoting == QUOTE_MINIMAL:
            parts = [self._field(_to_str(x), False) for x in it]
        elif quoting == QUOTE_ALL:
            parts = [self._field(_to_str(x), True) for x in it]
        elif quoting == QUOTE_NONNUMERIC:
            parts = [self._field(_to_str(x), not _is_number(x)) for x in it]
        elif quoting == QUOTE_STRINGS:
            parts = [self._field(_to_str(x), isinstance(x, str)) for x in it]
        elif quoting == QUOTE_NOTNULL:
            parts = [self._field(_to_str(x), x is not None) for x in it]
        else:
            parts = [self._field(_to_str(x), False) for x in it]
        if len(parts) == 1 and parts[0] == "":
            # A lone empty field must be quoted to be read back as a field.
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._q + self._q
        return self._write(self._d.join(parts) + self._lt)

    def writerows(self, rows):
        w = self.writerow
        for row in rows:
            w(row)

    def _field(self, s, quoted):
        q, e = self._q, self._e
        if self._quoting == QUOTE_NONE:
            for c in self._specials:
                if c in s:
                    break
            else:
                return s
            if e is None:
                raise Error("need to escape, but no escapechar set")
            s = s.replace(e, e + e)  # first, so added escapes stay single
            for c in self._specials:
                if c != e:
                    s = s.replace(c, e + c)
            return s
        for c in self._specials:
            if c in s and c != q and c != e:
                quoted = True
                break
        if e is not None and e in s:
            s = s.replace(e, e + e)  # before quotes, so added escapes stay single
        if q is not None and q in s:
            if self.dialect.doublequote:
                s = s.replace(q, q + q)
                quoted = True
            elif e is None:
                raise Error("need to escape, but no escapechar set")
            else:
                s = s.replace(q, e + q)
        if quoted:
            return q + s + q
        return s


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, _Params(dialect, fmtparams))


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, _Params(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", **kwds):
        if fieldnames is not None and not isinstance(fieldnames, (list, tuple)):
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the first row may hold the names
        row = next(self.reader)
        while row == []:  # blank lines are skipped
            row = next(self.reader)
        self.line_num = self.reader.line_num
        names = self._fieldnames
        if len(row) == len(names):
            return dict(zip(names, row))
        return self._ragged(names, row)

    def _ragged(self, names, row):
        d = dict(zip(names, row))
        nf = len(names)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        else:
            for key in names[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", **kwds):
        if fieldnames is not None and not isinstance(fieldnames, (list, tuple)):
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, **kwds)
        self._known = None

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _row(self, rowdict):
        if self.extrasaction == "raise":  # case-sensitive here, as in CPython
            self._check(rowdict)
        get = rowdict.get
        rv = self.restval
        return [get(k, rv) for k in self.fieldnames]

    def _check(self, rowdict):
        names = self.fieldnames
        known = self._known
        if known is None or known[0] is not names or known[1] != len(names):
            # A dict of the names makes each key test O(1); rebuilt if the
            # fieldnames list is replaced or changes length.
            known = self._known = (names, len(names), dict.fromkeys(names))
        keys = known[2]
        for k in rowdict:
            if k not in keys:
                wrong = [k for k in rowdict if k not in keys]
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in wrong]))

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        w = self.writer.writerow
        for rd in rowdicts:
            w(self._row(rd))


# --- Sniffer -------------------------------------------------------------------


class Sniffer:
    """Guesses a CSV sample's dialect and whether it starts with a header,
    by CPython's rules: a delimiter is a character that occurs the same
    number of times on (nearly) every line; a header is a first row whose
    cells differ in type or length from the columns below."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class sniffed(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        sniffed.doublequote = True
        sniffed.delimiter = delimiter
        sniffed.quotechar = quotechar or '"'
        sniffed.skipinitialspace = skipinitialspace
        return sniffed

    def _guess_quote_and_delimiter(self, data, delimiters):
        # Quoted fields: the character most often just outside a closing
        # quote, or just before an opening one, is the delimiter.
        counts = {}
        quotes = {}
        for q in ('"', "'"):
            start = 0
            while True:
                i = data.find(q, start)
                if i < 0:
                    break
                j = data.find(q, i + 1)
                if j < 0:
                    break
                after = data[j + 1:j + 2]
                before = data[i - 1:i] if i > 0 else ""
                for d in (after, before):
                    if d and d not in "\r\n" and d != q and (not delimiters or d in delimiters):
                        counts[d] = counts.get(d, 0) + 1
                        quotes[q] = quotes.get(q, 0) + 1
                start = j + 1
        if not counts:
            return "", None, False
        quotechar = max(quotes, key=quotes.get)
        delimiter = max(counts, key=counts.get)
        skip = data.count(delimiter + " ") > 0 and data.count(delimiter + " ") == data.count(delimiter)
        return quotechar, delimiter, skip

    def _guess_delimiter(self, data, delimiters):
        lines = [line for line in data.split("\n") if line]
        if not lines:
            return "", False
        chars = delimiters if delimiters else [chr(c) for c in range(127)]
        modes = {}
        for ch in chars:
            freq = {}
            for line in lines:
                n = line.count(ch)
                freq[n] = freq.get(n, 0) + 1
            count, times = max(freq.items(), key=lambda kv: (kv[1], kv[0]))
            if count > 0:
                modes[ch] = (count, times)
        consistency = 1.0
        found = []
        while not found and consistency >= 0.9:
            found = [ch for ch, (count, times) in modes.items() if times / len(lines) >= consistency]
            consistency -= 0.01
        if not found:
            return "", False
        if len(found) > 1:
            for d in self.preferred:
                if d in found:
                    found = [d]
                    break
        delimiter = found[0]
        first = lines[0]
        skip = first.count(delimiter) == first.count(delimiter + " ")
        return delimiter, skip

    def has_header(self, sample):
        rows = reader(sample.split("\n"), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = {i: None for i in range(columns)}
        for checked, row in enumerate(rows):
            if checked >= 20:
                break
            if len(row) != columns:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                continue
            if kind is complex:
                try:
                    complex(header[col])
                    votes -= 1
                except (ValueError, TypeError):
                    votes += 1
            else:
                votes += 1 if len(header[col]) != kind else -1
        return votes > 0
