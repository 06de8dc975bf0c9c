"""Container datatypes, as in CPython's collections module.

MicroPython's built-in collections (deque, namedtuple, OrderedDict) is
extensible, so this frozen module shadows it; `import ucollections` still
reaches the built-in. The built-ins are wrapped where they lack what CPython
code uses, and Counter, defaultdict and ChainMap are added.
"""

import ucollections as _c
from heapq import heapify as _heapify, heappop as _heappop

_MISSING = object()


# The CPython reprs (Counter({...}), defaultdict(...), OrderedDict([...]))
# are set as __str__ too: for an instance of a subclass of a native type,
# MicroPython's str() and print() find the native dict printer before a
# Python __repr__, and would show the plain dict.
def _set_repr(cls, fn):
    cls.__repr__ = fn
    cls.__str__ = fn
    return cls


def _mapping_args(args):
    # MicroPython's dict() and dict.update() copy a dict itself, but read
    # any other mapping (one of the dict subclasses here, say) as a
    # sequence of pairs; hand them its items instead.
    if args and type(args[0]) is not dict and hasattr(args[0], "keys"):
        mapping = args[0]
        return ([(key, mapping[key]) for key in mapping.keys()],) + args[1:]
    return args


# --- namedtuple --------------------------------------------------------------

_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del"
    " elif else except finally for from global if import in is lambda"
    " nonlocal not or pass raise return try while with yield".split()
)


def _isidentifier(s):
    if not s or not (s[0].isalpha() or s[0] == "_"):
        return False
    for ch in s:
        if not (ch.isalnum() or ch == "_"):
            return False
    return True


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    # The built-in lacks _fields, _replace, _make and defaults=, returns an
    # OrderedDict from _asdict and does not split "a, b"; a Python subclass
    # adds those while attribute access and indexing stay native.
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = [str(f) for f in field_names]
    typename = str(typename)
    seen = set()
    for i, name in enumerate(fields):
        if rename and (
            not _isidentifier(name)
            or name in _KEYWORDS
            or name.startswith("_")
            or name in seen
        ):
            fields[i] = name = "_%d" % i
        seen.add(name)
    for name in [typename] + fields:
        if not _isidentifier(name):
            raise ValueError(
                "Type names and field names must be valid identifiers: %r" % name
            )
        if name in _KEYWORDS:
            raise ValueError(
                "Type names and field names cannot be a keyword: %r" % name
            )
    seen = set()
    for name in fields:
        if name.startswith("_") and not rename:
            raise ValueError(
                "Field names cannot start with an underscore: %r" % name
            )
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    fields = tuple(fields)
    nfields = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return self._make(values)

    def _asdict(self):
        return dict(zip(fields, self))

    holder = []  # the class, once made

    # Instances of a Python class take new attributes, so without this
    # p.x = 1 would shadow the field instead of failing. As in CPython,
    # only subclasses of the namedtuple may add attributes.
    def __setattr__(self, name, value):
        if name in fields or type(self) is holder[0]:
            raise AttributeError("can't set attribute")
        object.__setattr__(self, name, value)

    ns = {
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_make": classmethod(_make),
        "_replace": _replace,
        "_asdict": _asdict,
        "__setattr__": __setattr__,
        "__match_args__": fields,
        "__module__": module or "__main__",
    }

    if field_defaults:
        # An __init__ with the real signature lets Python bind positional
        # and keyword arguments and apply the defaults; the native
        # constructor runs when it calls the base's __init__. (Generated
        # source, as CPython's namedtuple does: a generic *args/**kwds
        # version costs several allocations per record.) Field names are
        # checked identifiers, so they are safe to paste in.
        params = ", ".join(
            name if name not in field_defaults else "%s=_defaults[%r]" % (name, name)
            for name in fields
        )
        source = "def __init__(_self, %s):\n    _super(_holder[0], _self).__init__(%s)\n" % (
            params,
            ", ".join(fields),
        )
        env = {"_defaults": field_defaults, "_holder": holder, "_super": super}
        exec(source, env)
        ns["__init__"] = env["__init__"]

    cls = type(typename, (_c.namedtuple(typename, fields),), ns)
    holder.append(cls)
    return cls


# --- deque -------------------------------------------------------------------


class deque(_c.deque):
    """A double-ended queue on MicroPython's native ring buffer.

    The native deque has a fixed capacity and needs it up front. An unbounded
    deque raises on overflow (flag 1) and is rebuilt twice as large; one with
    a maxlen drops items from the other end, as CPython's does.
    pop, popleft, len, iteration and indexing stay native.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is None:
            items = iterable if isinstance(iterable, (list, tuple)) else list(iterable)
            self._cap = max(8, 2 * len(items))
            super().__init__(items, self._cap, 1)
        else:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
            self._cap = maxlen
            super().__init__(iterable, maxlen, 0)
        self.maxlen = maxlen
        self._append = super().append
        self._appendleft = super().appendleft

    def _reset(self, items, cap=None):
        # Re-running the native constructor swaps in a new ring buffer.
        if self.maxlen is None:
            self._cap = max(8, cap or 0, 2 * len(items))
            super().__init__(items, self._cap, 1)
        else:
            super().__init__(items, self.maxlen, 0)
        self._append = super().append
        self._appendleft = super().appendleft

    def append(self, x):
        try:
            self._append(x)
        except IndexError:
            self._reset(list(self))
            self._append(x)

    def appendleft(self, x):
        try:
            self._appendleft(x)
        except IndexError:
            self._reset(list(self))
            self._appendleft(x)

    def extend(self, iterable):
        if self.maxlen is None:
            # Make room first: the native extend would stop half-way.
            iterable = list(iterable)
            if len(self) + len(iterable) >= self._cap:
                self._reset(list(self) + iterable)
                return
        super().extend(iterable)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._reset((), self._cap)

    def copy(self):
        return type(self)(self, self.maxlen)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        return type(self)(deepcopy(list(self), memo), self.maxlen)

    def count(self, x):
        return list(self).count(x)

    def index(self, x, start=0, stop=None):
        items = list(self)
        if stop is None:
            stop = len(items)
        for i in range(start, stop):
            if items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self.maxlen is not None and len(self) >= self.maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(i, x)
        self._reset(items)

    def remove(self, value):
        items = list(self)
        items.remove(value)
        self._reset(items, self._cap)

    def reverse(self):
        items = list(self)
        items.reverse()
        self._reset(items, self._cap)

    def rotate(self, n=1):
        size = len(self)
        if size > 1:
            n %= size
            # Rotating by n or by n - size moves the fewest items.
            if n > size // 2:
                for _ in range(size - n):
                    self._append(self.popleft())
            else:
                for _ in range(n):
                    self._appendleft(self.pop())

    def __delitem__(self, i):
        items = list(self)
        del items[i]
        self._reset(items, self._cap)

    def __contains__(self, x):
        for item in self:
            if item is x or item == x:
                return True
        return False

    def __reversed__(self):
        items = list(self)
        items.reverse()
        return iter(items)

    def __eq__(self, other):
        if isinstance(other, deque):
            return list(self) == list(other)
        return NotImplemented

    def __lt__(self, other):
        return list(self) < list(other)

    def __le__(self, other):
        return list(self) <= list(other)

    def __gt__(self, other):
        return list(self) > list(other)

    def __ge__(self, other):
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                'can only concatenate deque (not "%s") to deque' % type(other).__name__
            )
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(list(self) * n, self.maxlen)

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self.maxlen)


# --- OrderedDict -------------------------------------------------------------


class OrderedDict(dict):
    """dict with move_to_end, popitem(last=False) and order-sensitive ==.

    Dicts keep insertion order here, so this builds on dict rather than on
    the built-in OrderedDict (which never equals a plain dict).
    """

    def __init__(self, *args, **kwds):
        super().__init__(*_mapping_args(args), **kwds)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return super().popitem()
        key = next(iter(self))
        return key, self.pop(key)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls((key, value) for key in iterable)

    def copy(self):
        return type(self)(self.items())

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self.items()) == other

    def __ne__(self, other):
        return not self == other


def _od_repr(self):
    # CPython 3.11's form; 3.12 switched to OrderedDict({...}).
    if not self:
        return "%s()" % type(self).__name__
    return "%s(%r)" % (type(self).__name__, list(self.items()))


_set_repr(OrderedDict, _od_repr)


# --- defaultdict -------------------------------------------------------------


class defaultdict(dict):
    """dict that calls default_factory for missing keys.

    MicroPython's dict does not call __missing__ for subclasses, so
    __getitem__ is written in Python; a hit costs one dict.get.
    """

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*_mapping_args(args), **kwds)
        self.default_factory = default_factory

    def __getitem__(self, key):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            return self.__missing__(key)
        return value

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = self[key] = factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self.items())

    __copy__ = copy


def _dd_repr(self):
    return "%s(%r, %r)" % (type(self).__name__, self.default_factory, dict(self.items()))


_set_repr(defaultdict, _dd_repr)


# --- Counter -----------------------------------------------------------------


class Counter(dict):
    """dict of counts; missing keys count as 0 (without being added)."""

    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        return self.get(key, 0)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        # CPython's Counter ignores deleting a missing key.
        if key in self:
            super().__delitem__(key)

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            get = self.get
            if hasattr(iterable, "items"):
                if self:
                    for key, count in iterable.items():
                        self[key] = get(key, 0) + count
                else:
                    super().update(iterable.items())
            else:
                # Counting in a plain dict is faster than through the subclass.
                counts = {}
                cget = counts.get
                for key in iterable:
                    counts[key] = cget(key, 0) + 1
                if self:
                    for key, count in counts.items():
                        self[key] = get(key, 0) + count
                else:
                    super().update(counts)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            get = self.get
            pairs = iterable.items() if hasattr(iterable, "items") else ((k, 1) for k in iterable)
            for key, count in pairs:
                self[key] = get(key, 0) - count
        if kwds:
            self.subtract(kwds)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # Highest counts first, ties in insertion order. MicroPython's sort is
        # unstable and quadratic on presorted input (common for counts), so
        # the native heapq does the ordering: O(n + k log n) for the top k.
        items = list(self.items())
        k = len(items) if n is None else min(max(n, 0), len(items))
        heap = [(-count, i) for i, (_, count) in enumerate(items)]
        _heapify(heap)
        return [items[_heappop(heap)[1]] for _ in range(k)]

    def elements(self):
        for key, count in self.items():
            for _ in range(count):
                yield key

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    # Multiset arithmetic: results keep positive counts only.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            total = count + other[key]
            if total > 0:
                result[key] = total
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            diff = count - other[key]
            if diff > 0:
                result[key] = diff
        for key, count in other.items():
            if key not in self and count < 0:
                result[key] = -count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            other_count = other[key]
            best = other_count if count < other_count else count
            if best > 0:
                result[key] = best
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            other_count = other[key]
            least = count if count < other_count else other_count
            if least > 0:
                result[key] = least
        return result

    def __pos__(self):
        result = Counter()
        for key, count in self.items():
            if count > 0:
                result[key] = count
        return result

    def __neg__(self):
        result = Counter()
        for key, count in self.items():
            if count < 0:
                result[key] = -count
        return result

    def _keep_positive(self):
        for key in [k for k, c in self.items() if not c > 0]:
            super().__delitem__(key)
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] = self[key] + count
        return self._keep_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] = self[key] - count
        return self._keep_positive()

    def __ior__(self, other):
        for key, count in other.items():
            if count > self[key]:
                self[key] = count
        return self._keep_positive()

    def __iand__(self, other):
        for key, count in list(self.items()):
            other_count = other[key]
            if other_count < count:
                self[key] = other_count
        return self._keep_positive()

    # Since 3.10 comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return dict(self.items()) == other
        for key in self:
            if self[key] != other[key]:
                return False
        for key in other:
            if key not in self and other[key] != 0:
                return False
        return True

    def __ne__(self, other):
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for key in self:
            if not self[key] <= other[key]:
                return False
        for key in other:
            if key not in self and not 0 <= other[key]:
                return False
        return True

    def __lt__(self, other):
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return other <= self

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return other < self


def _counter_repr(self):
    if not self:
        return "%s()" % type(self).__name__
    try:
        body = ", ".join("%r: %r" % item for item in self.most_common())
    except TypeError:
        # Counts that cannot be ordered are shown in insertion order.
        body = ", ".join("%r: %r" % item for item in self.items())
    return "%s({%s})" % (type(self).__name__, body)


_set_repr(Counter, _counter_repr)


# --- ChainMap ----------------------------------------------------------------


class ChainMap:
    """Several mappings seen as one; lookups search them in order, writes go
    to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return default

    def _merged(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(mapping.items())
        return merged

    def __len__(self):
        return len(self._merged())

    def __iter__(self):
        return iter(self._merged())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return self._merged().keys()

    def items(self):
        return self._merged().items()

    def values(self):
        return self._merged().values()

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwds):
        self.maps[0].update(other, **kwds)

    def clear(self):
        self.maps[0].clear()

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = other._merged()
        return self._merged() == other

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))
