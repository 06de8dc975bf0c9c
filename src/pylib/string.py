"""String constants, capwords, Template and Formatter, as in CPython.

Template is parsed by hand rather than with a regular expression, since
MicroPython's re has no named groups or verbose patterns; a subclass may
still change delimiter (and, with a simple pattern, idpattern).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or one space)."""
    return (sep or " ").join([w.capitalize() for w in s.split(sep)])


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


class Template:
    """$-substitution: $name, ${name}, and $$ for a literal $."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _ident_end(self, s, i, braced):
        # End of the identifier starting at s[i], or -1 when there is none.
        pattern = self.braceidpattern if braced else None
        if pattern is None:
            pattern = self.idpattern
        if pattern == _DEFAULT_IDPATTERN:
            if i >= len(s) or s[i] not in _ID_START:
                return -1
            j = i + 1
            n = len(s)
            while j < n and s[j] in _ID_CHARS:
                j += 1
            return j
        # A subclass's own pattern: try MicroPython's re on the rest.
        import re
        m = re.match(pattern, s[i:])
        if m is None or not m.group(0):
            return -1
        return i + len(m.group(0))

    def _scan(self, s):
        # Yield (start, end, kind, name) for each placeholder; kind is
        # "escaped", "named", "braced" or "invalid".
        delim = self.delimiter
        dl = len(delim)
        i = s.find(delim)
        while i >= 0:
            j = i + dl
            if s.startswith(delim, j):
                yield i, j + dl, "escaped", None
                i = s.find(delim, j + dl)
                continue
            end = self._ident_end(s, j, False)
            if end >= 0:
                yield i, end, "named", s[j:end]
                i = s.find(delim, end)
                continue
            if s.startswith("{", j):
                end = self._ident_end(s, j + 1, True)
                if end >= 0 and s.startswith("}", end):
                    yield i, end + 1, "braced", s[j + 1:end]
                    i = s.find(delim, end + 1)
                    continue
            yield i, j, "invalid", None
            i = s.find(delim, j)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError("Too many positional arguments")
        if not args:
            return kws
        if kws:
            return _ChainMap(kws, args[0])
        return args[0]

    def substitute(self, *args, **kws):
        mapping = self._mapping(args, kws)
        s = self.template
        out = []
        last = 0
        for start, end, kind, name in self._scan(s):
            out.append(s[last:start])
            last = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(end)
            else:
                out.append("%s" % (mapping[name],))
        out.append(s[last:])
        return "".join(out)

    def safe_substitute(self, *args, **kws):
        mapping = self._mapping(args, kws)
        s = self.template
        out = []
        last = 0
        for start, end, kind, name in self._scan(s):
            out.append(s[last:start])
            last = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(s[start:end])
            else:
                try:
                    out.append("%s" % (mapping[name],))
                except KeyError:
                    out.append(s[start:end])
        out.append(s[last:])
        return "".join(out)

    def is_valid(self):
        for item in self._scan(self.template):
            if item[2] == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan(self.template):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    # Keyword arguments first, then the mapping (substitute(m, **kws)).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format-style formatting with overridable steps."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field "
                                         "specification to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.split(".")[0].split("[")[0].isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field "
                                         "specification to automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return _ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    # CPython ends the literal at an escaped brace.
                    yield "".join(literal) + "}", None, None, None
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != "{":
                j = i
                while j < n and s[j] != "{" and s[j] != "}":
                    j += 1
                literal.append(s[i:j])
                i = j
                continue
            if i + 1 < n and s[i + 1] == "{":
                yield "".join(literal) + "{", None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # A replacement field: find its matching brace.
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if not depth:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            yield ("".join(literal),) + _split_field(field)
            literal = []
            i = j + 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first


def _split_field(field):
    # "name!r:spec" -> (name, spec, conversion); an index in brackets may
    # hold ! or : itself.
    k = 0
    n = len(field)
    while k < n:
        ch = field[k]
        if ch == "[":
            close = field.find("]", k)
            k = n if close < 0 else close + 1
            continue
        if ch == "!" or ch == ":":
            break
        k += 1
    name = field[:k]
    rest = field[k:]
    conversion = None
    spec = ""
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(":"):
        spec = rest[1:]
    return name, spec, conversion


def _field_name_split(name):
    # "a.b[0]" -> ("a", [(True, "b"), (False, 0)]); digits become ints.
    k = 0
    n = len(name)
    while k < n and name[k] not in ".[":
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        if name[k] == ".":
            j = k + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        else:
            j = name.find("]", k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k = j + 1
            if k < n and name[k] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


def _ascii(value):
    r = repr(value)
    out = []
    for ch in r:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\x%02x" % o)
        elif o < 65536:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return "".join(out)
