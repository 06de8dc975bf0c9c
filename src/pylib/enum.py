"""Enumerations, as in CPython's enum module (3.11).

Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique. As in CPython, the
metaclass EnumType turns the class body's plain attributes into members when
the class is made, and makes the class iterable (in definition order), sized,
subscriptable by name (Color['RED']) and callable by value (Color(1)).
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag",
    "IntFlag", "auto", "unique", "verify", "member", "nonmember", "global_enum",
    "UNIQUE", "CONTINUOUS", "NAMED_FLAGS", "STRICT", "CONFORM", "EJECT", "KEEP",
]


class _Deferred:
    """An expression of auto() values in a class body (WHITE = RED | BLUE),
    computed once the members before it have their values. CPython's class
    namespace for enums gives auto() its value at once; MicroPython's class
    bodies run in a plain dict, so the value comes later."""

    def __init__(self, op, args):
        self.op = op
        self.args = args

    def resolve(self):
        values = [a.resolve() if isinstance(a, (_Deferred, auto)) else a for a in self.args]
        return self.op(*values)

    def __or__(self, other):
        return _Deferred(lambda a, b: a | b, (self, other))

    def __ror__(self, other):
        return _Deferred(lambda a, b: a | b, (other, self))

    def __and__(self, other):
        return _Deferred(lambda a, b: a & b, (self, other))

    def __rand__(self, other):
        return _Deferred(lambda a, b: a & b, (other, self))

    def __xor__(self, other):
        return _Deferred(lambda a, b: a ^ b, (self, other))

    def __rxor__(self, other):
        return _Deferred(lambda a, b: a ^ b, (other, self))

    def __add__(self, other):
        return _Deferred(lambda a, b: a + b, (self, other))

    def __radd__(self, other):
        return _Deferred(lambda a, b: a + b, (other, self))

    def __invert__(self):
        return _Deferred(lambda a: ~a, (self,))


class auto(_Deferred):
    """A member value to be filled in by _generate_next_value_."""

    def __init__(self, value=None):
        self.value = value

    def resolve(self):
        return self.value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """member(x) makes x a member even if it would otherwise not be one."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """nonmember(x) keeps x a plain class attribute."""

    def __init__(self, value):
        self.value = value


def _function():
    pass


def _closure_type():
    x = 0

    def f():
        return x

    return type(f)


# Class-body values that are methods or descriptors, never members.
_DESCRIPTORS = (type(_function), _closure_type(), classmethod, staticmethod, property)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_member_name(name, value, ignore):
    if name in ignore or _is_dunder(name) or _is_sunder(name):
        return False
    if name.startswith("_") and "__" in name:
        return False  # a private name, e.g. _Color__cache
    if isinstance(value, nonmember):
        return False
    if isinstance(value, member):
        return True
    return not isinstance(value, _DESCRIPTORS)


def _chain(cls):
    # A class and its bases, depth first (MicroPython has no __mro__).
    out = []

    def walk(c):
        if c not in out:
            out.append(c)
            for b in getattr(c, "__bases__", ()):
                walk(b)

    walk(cls)
    return out


# Built-in classes an enum can mix in (their values become the members).
_DATA_TYPES = (int, str, float, bytes, tuple, complex)


def _data_type(bases):
    for base in bases:
        for c in _chain(base):
            if c is object or isinstance(c, EnumType):
                continue
            if c in _DATA_TYPES or "__new__" in c.__dict__:
                return c
    return object


def _user_init(cls):
    # An __init__ written in the enum (Planet(mass, radius)), not object's.
    for c in _chain(cls):
        if c is not object and c not in _DATA_TYPES:
            init = c.__dict__.get("__init__")
            if init is not None:
                return init
    return None


# Methods an enum class takes from its enum bases even when its data type
# (int for IntEnum) comes first among the bases and has its own.
_ENUM_METHODS = ("__repr__", "__str__", "__format__", "__reduce_ex__")


class EnumType(type):
    """The metaclass of Enum: class-level behaviour of enumerations."""

    _is_flag = False

    def __new__(mcs, name, bases, ns, boundary=None, **kwds):
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        for b in enum_bases:
            if b._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, b))
        ignore = ns.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        candidates = []
        if enum_bases:
            for key, value in ns.items():
                if _is_member_name(key, value, ignore):
                    candidates.append((key, value))
        for key, value in candidates:
            del ns[key]
        for key in ignore:
            ns.pop(key, None)
        ns.pop("_ignore_", None)
        for key, value in list(ns.items()):
            if isinstance(value, nonmember):
                ns[key] = value.value
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_unhashable_values_"] = []
        for method in _ENUM_METHODS:
            if method not in ns:
                for c in enum_bases:
                    fn = _enum_method(c, method)
                    if fn is not None:
                        ns[method] = fn
                        break
        cls = super().__new__(mcs, name, bases, ns, **kwds)
        cls._member_type_ = _data_type(bases)
        cls._init_ = _user_init(cls)
        last_values = []
        for key, value in candidates:
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is None:
                    # kept in the auto object for expressions that use it
                    value.value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, _Deferred):
                value = value.resolve()
            cls._add_member_(key, value)
            last_values.append(value)
        if mcs._is_flag:
            cls._flag_mask_ = 0
            for m in cls._member_map_.values():
                cls._flag_mask_ |= m._value_
        return cls

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        data_type = cls._member_type_
        if "__new__" in cls.__dict__:
            # The enum's own __new__ builds the member (and may set _value_).
            m = cls.__new__(cls, *args)
        elif data_type is object:
            m = object.__new__(cls)
        elif data_type is tuple:
            m = tuple.__new__(cls, args)
        else:
            m = data_type.__new__(cls, *args)
        if not hasattr(m, "_value_"):
            m._value_ = value if data_type is object else data_type(*args) if data_type is not tuple else args
        m._name_ = name
        if cls._init_ is not None:
            cls._init_(m, *args)
        # An alias: a second name for a value that is already a member.
        existing = cls._find_value_(m._value_)
        if existing is not None:
            m = existing
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[m._value_] = m
            except TypeError:
                cls._unhashable_values_.append(m)
        cls._member_map_[name] = m
        setattr(cls, name, m)

    def _find_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, type=type, start=start)
        if isinstance(value, cls):
            return value
        found = cls._find_value_(value)
        if found is not None:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        ns = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                ns[name] = value
        elif isinstance(names, dict):
            ns.update(names)
        else:
            for name, value in names:
                ns[name] = value
        return EnumType.__new__(_meta_for(cls), class_name, bases, ns)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return value._name_ in cls._member_map_
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(value).__name__, "EnumType"))
        return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        kind = "flag" if type(cls)._is_flag else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


def _meta_for(cls):
    return type(cls)


def _enum_method(cls, name):
    for c in _chain(cls):
        if isinstance(c, EnumType):
            fn = c.__dict__.get(name)
            if fn is not None:
                return fn
    return None


class Enum(metaclass=EnumType):
    """Base of enumerations: class Color(Enum): RED = 1."""

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    # Members are singletons: copies are the member itself.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its value."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Members are ints: they compare, hash and compute as their values."""


class StrEnum(str, ReprEnum):
    """Members are strs; auto() gives the lower-cased member name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# --- Flags ---------------------------------------------------------------------


class _FlagType(EnumType):
    _is_flag = True

    def __iter__(cls):
        # the single-bit members, not the aliases or multi-bit ones
        return (m for m in (cls._member_map_[n] for n in cls._member_names_)
                if m._value_ and m._value_ & (m._value_ - 1) == 0)

    def __len__(cls):
        return len(list(_FlagType.__iter__(cls)))

    def __call__(cls, value, names=None, **kwds):
        if names is not None:
            return EnumType.__call__(cls, value, names, **kwds)
        if isinstance(value, cls):
            return value
        found = cls._find_value_(value)
        if found is not None:
            return found
        if isinstance(value, int) and value >= 0 and value & ~cls._flag_mask_ == 0:
            return cls._pseudo_member_(value)
        if isinstance(value, int) and issubclass(cls, int) and value >= 0:
            return cls._pseudo_member_(value)
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    def _pseudo_member_(cls, value):
        # A combination of members, e.g. Perm.R | Perm.W, made once and kept.
        if cls._member_type_ is object:
            m = object.__new__(cls)
        else:
            m = cls._member_type_.__new__(cls, value)
        m._value_ = value
        names = [n for n in cls._member_names_
                 if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_
                 and cls._member_map_[n]._value_ & (cls._member_map_[n]._value_ - 1) == 0
                 and cls._member_map_[n]._value_]
        rest = value
        for n in names:
            rest &= ~cls._member_map_[n]._value_
        if rest:
            names.append(str(rest))
        m._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = m
        return m


class Flag(Enum, metaclass=_FlagType):
    """Members combine with |, & and ^; auto() gives powers of two."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    def __repr__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "<%s: %r>" % (name, self._value_)
        return "<%s.%s: %r>" % (name, self._name_, self._value_)

    def __str__(self):
        name = type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (name, self._value_)
        return "%s.%s" % (name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__name__, type(self).__name__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in type(self) if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return len(list(self.__iter__()))

    def __hash__(self):
        return hash(self._value_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, metaclass=_FlagType):
    """Flags that are also ints; combining with a plain int keeps the bits."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)

    def _other_value(self, other):
        if isinstance(other, int):
            return int(other._value_) if isinstance(other, Flag) else other
        return None

    # int's own operators (and Enum's auto()) come before Flag's among the
    # bases here (MicroPython searches bases depth first): take Flag's.
    _generate_next_value_ = staticmethod(Flag._generate_next_value_)
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __repr__ = Flag.__repr__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)


# --- Decorators and checks -------------------------------------------------------


def unique(enumeration):
    """Class decorator: no two names for the same value."""
    duplicates = [(name, m._name_) for name, m in enumeration._member_map_.items()
                  if name != m._name_]
    if duplicates:
        raise ValueError("duplicate values found in %r: %s" % (
            enumeration, ", ".join("%s -> %s" % d for d in duplicates)))
    return enumeration


UNIQUE = "unique"
CONTINUOUS = "no skipped integer values"
NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"


class verify:
    """@verify(UNIQUE): only UNIQUE is checked."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum(cls):
    return cls
