"""Higher-order functions, as in CPython's functools module.

MicroPython functions take no attributes, so update_wrapper/wraps copy what
they can and skip the rest; the decorators that need attributes
(lru_cache, singledispatch) return callable objects instead of functions.
"""

from ucollections import namedtuple as _namedtuple

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # Best effort: a MicroPython function rejects new attributes, which is
    # not worth failing the decoration for.
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            source = getattr(wrapped, attr)
            getattr(wrapper, attr)  # both must have one
        except AttributeError:
            continue
        try:
            for key, value in source.items():
                setattr(wrapper, key, value)
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return decorator


def reduce(function, iterable, initial=_MISSING):
    it = iter(iterable)
    if initial is _MISSING:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for item in it:
        value = function(value, item)
    return value


class partial:
    """partial(func, *args, **keywords): func with some arguments fixed."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % item for item in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


class partialmethod:
    """partial for methods: the instance goes before the fixed arguments."""

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


# --- caches ----------------------------------------------------------------------

CacheInfo = _namedtuple("CacheInfo", ("hits", "misses", "maxsize", "currsize"))

_KWD_MARK = object()
# Single arguments of these types are their own cache key (as in CPython).
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


class _CacheWrapper:
    """The object lru_cache returns: callable, with cache_info() and
    cache_clear(), and bound like a function when used as a method."""

    def __init__(self, func, maxsize, typed):
        # First: it copies the attributes of func (another wrapper's too).
        update_wrapper(self, func)
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __get__(self, obj, cls=None):
        if obj is None:
            return self

        def bound(*args, **kwds):
            return self(obj, *args, **kwds)

        return bound

    def __repr__(self):
        return "<functools._lru_cache_wrapper %r>" % (self._func,)


# The __call__ methods keep few local variables on purpose: a bigger frame
# goes on the heap, and a heap frame freed on every call next to the
# *args/**kwds it allocates fragments MicroPython's allocator so badly
# that each call gets slower (100k cached calls: 3 s instead of 30 ms).


class _UnboundedCache(_CacheWrapper):
    def __call__(self, *args, **kwds):
        if kwds or self._typed:
            key = _make_key(args, kwds, self._typed)
        elif len(args) == 1 and type(args[0]) in _FAST_TYPES:
            key = args[0]
        else:
            key = args
        result = self._cache.get(key, _MISSING)
        if result is not _MISSING:
            self._hits += 1
            return result
        self._misses += 1
        result = self._cache[key] = self._func(*args, **kwds)
        return result


class _LRUCache(_CacheWrapper):
    # The dict's insertion order is the recency order: a hit moves its key
    # to the end, and the first key is the least recently used.
    def __call__(self, *args, **kwds):
        if kwds or self._typed:
            key = _make_key(args, kwds, self._typed)
        elif len(args) == 1 and type(args[0]) in _FAST_TYPES:
            key = args[0]
        else:
            key = args
        result = self._cache.pop(key, _MISSING)
        if result is not _MISSING:
            self._cache[key] = result
            self._hits += 1
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        # A recursive call may have stored the key meanwhile.
        if key not in self._cache and len(self._cache) >= self._maxsize:
            del self._cache[next(iter(self._cache))]
        self._cache[key] = result
        return result


class _NoCache(_CacheWrapper):
    def __call__(self, *args, **kwds):
        self._misses += 1
        return self._func(*args, **kwds)


def lru_cache(maxsize=128, typed=False):
    """@lru_cache, @lru_cache(), @lru_cache(maxsize=None), @lru_cache(64)."""
    if callable(maxsize) and not isinstance(maxsize, bool):
        # Used bare: @lru_cache
        return _LRUCache(maxsize, 128, typed)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        if maxsize < 0:
            maxsize = 0

    def decorator(func):
        if maxsize is None:
            return _UnboundedCache(func, None, typed)
        if maxsize == 0:
            return _NoCache(func, 0, typed)
        return _LRUCache(func, maxsize, typed)

    return decorator


def cache(func):
    return _UnboundedCache(func, None, False)


class cached_property:
    """Computed once per instance, then stored as an instance attribute
    (which MicroPython looks up before the class, so this is not called
    again). The name comes from the function, as __set_name__ is never
    called in MicroPython."""

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.attrname, value)
        return value


# --- ordering ----------------------------------------------------------------------


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


# Each derived method calls only the root comparison and __eq__; a
# NotImplemented from the root is passed on.


def _gt_from_lt(self, other):
    r = self.__lt__(other)
    return r if r is NotImplemented else (not r and self != other)


def _le_from_lt(self, other):
    r = self.__lt__(other)
    return r if r is NotImplemented else (r or self == other)


def _ge_from_lt(self, other):
    r = self.__lt__(other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    r = self.__le__(other)
    return r if r is NotImplemented else (not r or self == other)


def _lt_from_le(self, other):
    r = self.__le__(other)
    return r if r is NotImplemented else (r and self != other)


def _gt_from_le(self, other):
    r = self.__le__(other)
    return r if r is NotImplemented else not r


def _lt_from_gt(self, other):
    r = self.__gt__(other)
    return r if r is NotImplemented else (not r and self != other)


def _ge_from_gt(self, other):
    r = self.__gt__(other)
    return r if r is NotImplemented else (r or self == other)


def _le_from_gt(self, other):
    r = self.__gt__(other)
    return r if r is NotImplemented else not r


def _le_from_ge(self, other):
    r = self.__ge__(other)
    return r if r is NotImplemented else (not r or self == other)


def _gt_from_ge(self, other):
    r = self.__ge__(other)
    return r if r is NotImplemented else (r and self != other)


def _lt_from_ge(self, other):
    r = self.__ge__(other)
    return r if r is NotImplemented else not r


_CONVERT = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    """Fill in the missing rich comparisons from one of them (and __eq__).

    This also matters more here than in CPython: MicroPython does not try
    the reflected operation, so a class with only __lt__ fails in max()
    or in a > b.
    """
    # getattr sees inherited methods too; object has none in MicroPython.
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if getattr(cls, op, None) is not None]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for name, method in _CONVERT[root]:
        if name not in roots:
            setattr(cls, name, method)
    return cls


# --- singledispatch --------------------------------------------------------------


def _linearize(cls):
    # MicroPython has no __mro__: walk __bases__ depth first, each class
    # once, which gives the right order for single inheritance.
    order = []
    stack = [cls]
    while stack:
        c = stack.pop(0)
        if c not in order:
            order.append(c)
            stack[0:0] = list(getattr(c, "__bases__", ()))
    if object not in order:
        order.append(object)
    return order


class _SingleDispatch:
    def __init__(self, func):
        update_wrapper(self, func)
        self.registry = {object: func}
        self._cache = {}

    def dispatch(self, cls):
        impl = self._cache.get(cls)
        if impl is None:
            registry = self.registry
            for c in _linearize(cls):
                if c in registry:
                    impl = registry[c]
                    break
            self._cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        if func is None:
            if not isinstance(cls, type):
                # @f.register with annotations: MicroPython keeps none.
                raise TypeError(
                    "register() needs the type as an argument here: use @f.register(int)"
                )

            def decorator(f):
                self.register(cls, f)
                return f

            return decorator
        self.registry[cls] = func
        self._cache.clear()
        return func

    def __call__(self, *args, **kwds):
        if not args:
            raise TypeError("singledispatch function requires at least 1 positional argument")
        return self.dispatch(type(args[0]))(*args, **kwds)


def singledispatch(func):
    return _SingleDispatch(func)
