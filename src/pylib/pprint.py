"""Pretty-printing of Python data, following CPython's pprint module.

The layout rules are CPython's: an object whose repr fits in the space left
is written as its repr; otherwise dicts, lists, tuples, sets, strings and
bytes (and collections' containers) are split, one item per line (or as
many as fit, with compact=True), and long strings into implicitly
concatenated pieces.

Differences: MicroPython has no way to ask whether a dict or list subclass
overrides __repr__ other than looking at its class dictionaries, which is
what is done here; sets are shown sorted even when they fit on one line
(CPython shows them in hash order, which for small ints is the same).
"""

import sys
from io import StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint, but dicts keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    # Orders values of mixed types: by value where comparable, else by
    # type name (then id, for a stable if arbitrary order).
    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj))
                    < (str(type(other.obj)), id(other.obj)))


def _sorted(values, key_of_pair=False):
    try:
        if key_of_pair:
            return sorted(values, key=lambda kv: kv[0])
        return sorted(values)
    except TypeError:
        if key_of_pair:
            return sorted(values, key=lambda kv: _SafeKey(kv[0]))
        return sorted(values, key=_SafeKey)


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _own_repr(typ, base):
    # Does a subclass of the builtin base define its own __repr__?
    if typ is base:
        return False
    stack = [typ]
    while stack:
        t = stack.pop()
        if t is base or t is object:
            continue
        try:
            if "__repr__" in t.__dict__:
                return True
            stack.extend(t.__bases__)
        except AttributeError:
            return True
    return False


def _kind(obj):
    # Which layout an object gets: "dict", "list", "tuple", "set", "str",
    # "bytes", "Counter", "defaultdict", "OrderedDict", "deque" or None.
    typ = type(obj)
    if typ is dict:
        return "dict"
    if typ is list:
        return "list"
    if typ is tuple:
        return "tuple"
    if typ is str:
        return "str"
    if typ is set or typ is frozenset:
        return "set"
    if typ is bytes:
        return "bytes"
    if typ is bytearray:
        return "bytearray"
    name = typ.__name__
    if name == "Counter" and hasattr(obj, "most_common"):
        return "Counter"
    if name == "defaultdict" and hasattr(obj, "default_factory"):
        return "defaultdict"
    if name == "OrderedDict" and isinstance(obj, dict):
        return "OrderedDict"
    if name == "deque" and hasattr(obj, "maxlen"):
        return "deque"
    if isinstance(obj, dict) and not _own_repr(typ, dict):
        return "dict"
    if isinstance(obj, list) and not _own_repr(typ, list):
        return "list"
    if isinstance(obj, tuple) and not _own_repr(typ, tuple) and not hasattr(obj, "_fields"):
        return "tuple"
    return None


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        # StringIO rather than a list of pieces: many small live strings
        # would fragment MicroPython's (non-moving) heap.
        out = StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # --- layout -------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            return
        max_width = self._width - indent - allowance
        rep = self._repr(object, context, level, max_width)
        if rep is None or len(rep) > max_width:
            kind = _kind(object)
            if kind is not None:
                context[objid] = 1
                getattr(self, "_pprint_" + kind)(object, stream, indent, allowance,
                                                 context, level + 1)
                del context[objid]
                return
            if rep is None:
                rep = self._repr(object, context, level)
        stream.write(rep)

    def _repr(self, object, context, level, budget=None):
        # The one-line repr; with a budget, None when it would be longer
        # (it is then not built in full: big containers stay cheap).
        if type(self).format is PrettyPrinter.format:
            return self._safe_repr(object, context.copy(), self._depth, level, budget)[0]
        return self.format(object, context.copy(), self._depth, level)[0]

    def _child_repr(self, object, context, maxlevels, level, budget):
        if budget is not None and type(self).format is PrettyPrinter.format:
            return self._safe_repr(object, context, maxlevels, level, budget)
        return self.format(object, context, maxlevels, level)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write("{")
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = _sorted(object.items(), True)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write("}")

    def _pprint_OrderedDict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_defaultdict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, rdf, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_Counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(list(object), stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(list(object), stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, rml))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(": ")
            self._format(ent, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        endchar = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write("{")
            endchar = "}"
        else:
            name = type(object).__name__
            stream.write(name + "({")
            endchar = "})"
            indent += len(name) + 1
        self._format_items(_sorted(object), stream, indent, allowance + len(endchar),
                           context, level)
        stream.write(endchar)

    def _format_items(self, items, stream, indent, allowance, context, level):
        # One item per line; with compact, as many as fit on each line.
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        width = max_width = self._width - indent + 1
        n = len(items)
        for i in range(n):
            ent = items[i]
            last = i == n - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ", "
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        # A long string becomes implicitly concatenated pieces, split at
        # line ends and else after runs of whitespace.
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ""
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _space_runs(line)
            max_width2 = max_width
            current = ""
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write("(")
        for i, rep in enumerate(chunks):
            if i > 0:
                write("\n" + " " * indent)
            write(rep)
        if level == 1:
            write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write("(")
        delim = ""
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            if not delim:
                delim = "\n" + " " * indent
        if parens:
            write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(")")

    # --- one-line reprs ----------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level, budget=None):
        # (repr string, readable, recursive). With a budget, the string is
        # None as soon as it is known to be longer than the budget.
        typ = type(object)
        kind = None
        if typ is int and self._underscore_numbers:
            rep = "{:_d}".format(object)
        elif typ is str or typ is int or typ is float or typ is bool or object is None \
                or typ is bytes or typ is bytearray or typ is complex:
            rep = repr(object)
        else:
            kind = _kind(object)
            rep = None
        if kind == "dict" or kind == "list" or kind == "tuple":
            return self._container_repr(object, kind, context, maxlevels, level, budget)
        readable = True
        if rep is None:
            if kind == "set" and object:
                rep = _sorted_set_repr(object)
            if rep is None:
                rep = repr(object)
                readable = bool(rep) and not rep.startswith("<")
        if budget is not None and len(rep) > budget:
            return None, readable, False
        return rep, readable, False

    def _container_repr(self, object, kind, context, maxlevels, level, budget):
        if kind == "dict":
            if not object:
                return "{}", True, False
            fmt = "{%s}"
        elif kind == "list":
            if not object:
                return "[]", True, False
            fmt = "[%s]"
        elif len(object) == 1:
            fmt = "(%s,)"
        else:
            if not object:
                return "()", True, False
            fmt = "(%s)"
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return fmt % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        over = False
        components = []
        level += 1
        # What the items may still take: the budget less the brackets and,
        # per item, its ", " (the last one's is allowed for up front).
        left = None if budget is None else budget - len(fmt) + 4
        if kind == "dict":
            if self._sort_dicts:
                items = _sorted(object.items(), True)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self._child_repr(k, context, maxlevels, level, left)
                if krepr is None:
                    over = True
                    break
                if left is not None:
                    left -= len(krepr) + 2
                vrepr, vreadable, vrecur = self._child_repr(v, context, maxlevels, level, left)
                if vrepr is None:
                    over = True
                    break
                components.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
                if left is not None:
                    left -= len(vrepr) + 2
                    if left < 0:
                        over = True
                        break
        else:
            for o in object:
                orepr, oreadable, orecur = self._child_repr(o, context, maxlevels, level, left)
                if orepr is None:
                    over = True
                    break
                components.append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
                if left is not None:
                    left -= len(orepr) + 2
                    if left < 0:
                        over = True
                        break
        del context[objid]
        if over:
            return None, readable, recursive
        return fmt % ", ".join(components), readable, recursive


def _sorted_set_repr(object):
    # Sorted, so that small ints show as in CPython (which uses hash order).
    try:
        items = sorted(object)
    except TypeError:
        return None
    body = ", ".join([repr(x) for x in items])
    if type(object) is set:
        return "{" + body + "}"
    return "%s({%s})" % (type(object).__name__, body)


def _space_runs(line):
    # re.findall(r'\S*\s*', line) without its final empty match: pieces of
    # non-space followed by the spaces after them.
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)
