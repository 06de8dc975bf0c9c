"""Data classes, as in CPython's dataclasses module.

@dataclass reads the class's annotated fields (in source order, from the
class body's __annotations__) and adds __init__, __repr__, __eq__ and, when
asked, ordering, hashing and frozen instances. The methods are generated as
source and compiled once per class, so they run as fast as hand-written ones.
"""

import sys

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
    "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
    "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


# No default given (None is a valid default).
MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


# A pseudo-field: the fields after "_: KW_ONLY" are keyword-only.
KW_ONLY = _KwOnlyType()


class InitVar:
    """An __init__ argument that is passed to __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


# Kinds of pseudo-fields found in the annotations.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(tp):
    # typing.ClassVar or ClassVar[...], also written as a string; typing is
    # only consulted when the program imported it (as CPython does).
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, "__origin__", None) is typing.ClassVar


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp in ("KW_ONLY", "dataclasses.KW_ONLY")
    return tp is KW_ONLY


def _class_chain(cls):
    # The base classes, most basic first (MicroPython has no __mro__).
    order = []

    def walk(c):
        for b in getattr(c, "__bases__", ()):
            if b is not object:
                walk(b)
        if c not in order:
            order.append(c)

    walk(cls)
    return order[:-1]


_MUTABLE = (list, dict, set, bytearray)


def _make_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and isinstance(f.default, _MUTABLE):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _own_methods(cls):
    return cls.__dict__


def _compile(name, args, body, ns):
    # One generated function; ns supplies the defaults and helpers it names.
    src = "def %s(%s):\n%s\n" % (name, ", ".join(args), "\n".join("    " + b for b in body))
    exec(src, ns)
    return ns[name]


def _tuple_src(prefix, names):
    if not names:
        return "()"
    return "(" + ", ".join(prefix + "." + n for n in names) + ",)"


def _init_fn(fields, frozen, has_post_init):
    ns = {"MISSING": MISSING, "object": object}
    std, kw = [], []
    seen_default = False
    for f in fields:
        if not f.init or f._field_type is _FIELD_CLASSVAR:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if f.kw_only:
                kw.append(f.name)
            else:
                if seen_default:
                    raise TypeError("non-default argument %r follows default argument" % f.name)
                std.append(f.name)
            continue
        if not f.kw_only:
            seen_default = True
        if f.default_factory is not MISSING:
            arg = "%s=_HAS_FACTORY" % f.name
            ns["_HAS_FACTORY"] = _HAS_FACTORY
        else:
            arg = "%s=_dflt_%s" % (f.name, f.name)
            ns["_dflt_" + f.name] = f.default
        (kw if f.kw_only else std).append(arg)
    args = ["self"] + std + (["*"] + kw if kw else [])

    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            ns["_factory_" + f.name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            ns["_dflt_" + f.name] = f.default
            value = "_dflt_" + f.name
        else:
            continue
        if frozen:
            body.append("object.__setattr__(self, %r, %s)" % (f.name, value))
        else:
            body.append("self.%s = %s" % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        body.append("self.__post_init__(%s)" % ", ".join(initvars))
    if not body:
        body = ["pass"]
    return _compile("__init__", args, body, ns)


_HAS_FACTORY = _MissingType()

# The reprs being made, so that a dataclass that contains itself shows "...".
_repr_running = set()


def _repr_fn(fields):
    names = tuple(f.name for f in fields if f.repr and f._field_type is _FIELD)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return "%s(%s)" % (type(self).__name__, ", ".join(
                "%s=%r" % (n, getattr(self, n)) for n in names))
        finally:
            _repr_running.discard(key)

    return __repr__


def _cmp_fn(name, op, names):
    body = [
        "if other.__class__ is self.__class__:",
        "    return %s %s %s" % (_tuple_src("self", names), op, _tuple_src("other", names)),
        "return NotImplemented",
    ]
    return _compile(name, ["self", "other"], body, {})


def _hash_fn(names):
    return _compile("__hash__", ["self"], ["return hash(%s)" % _tuple_src("self", names)], {})


def _frozen_fns(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        object.__delattr__(self, name)

    return __setattr__, __delattr__


def _set_new(cls, own, name, value):
    # Methods written in the class body win over generated ones.
    if name in own:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in _class_chain(cls):
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True

    own = _own_methods(cls)
    annotations = own.get("__annotations__", {})
    own_fields = []
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            kw_only = True
            continue
        own_fields.append(_make_field(cls, name, tp, kw_only))
    for f in own_fields:
        fields[f.name] = f
        # The class attribute holds the default, not the Field.
        if isinstance(own.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in own.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _Params(init, repr, eq, order, unsafe_hash, frozen)

    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new(cls, own, "__init__", _init_fn(all_fields, frozen, has_post_init))
    if repr:
        _set_new(cls, own, "__repr__", _repr_fn(all_fields))
    compared = tuple(f.name for f in real if f.compare)
    if eq:
        _set_new(cls, own, "__eq__", _cmp_fn("__eq__", "==", compared))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new(cls, own, name, _cmp_fn(name, op, compared)):
                raise TypeError("Cannot overwrite attribute %s in class %s. "
                                "Consider using functools.total_ordering"
                                % (name, cls.__name__))
    if frozen:
        setattr_fn, delattr_fn = _frozen_fns(cls, tuple(f.name for f in real))
        for name, fn in (("__setattr__", setattr_fn), ("__delattr__", delattr_fn)):
            if _set_new(cls, own, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))

    # __hash__, by CPython's rules.
    hashed = tuple(f.name for f in real if (f.compare if f.hash is None else f.hash))
    has_own_hash = "__hash__" in own and own["__hash__"] is not None
    if unsafe_hash:
        if has_own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _hash_fn(hashed)
    elif eq and frozen:
        if not has_own_hash:
            cls.__hash__ = _hash_fn(hashed)
    elif eq and not has_own_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in own:
        cls.__match_args__ = tuple(f.name for f in all_fields
                                   if f.init and not f.kw_only and f._field_type is not _FIELD_CLASSVAR)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """@dataclass or @dataclass(...). slots= and weakref_slot= are accepted
    and ignored (MicroPython has no __slots__)."""

    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def _fields_of(class_or_instance):
    try:
        return class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance")


def fields(class_or_instance):
    return tuple(f for f in _fields_of(class_or_instance).values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), "__dataclass_fields__")


def _copy_value(obj, convert):
    # Containers are rebuilt (their items converted); other values are
    # copied where a copy is cheap to make, else shared.
    if isinstance(obj, list):
        return type(obj)(convert(v) for v in obj)
    if isinstance(obj, tuple):
        if hasattr(obj, "_fields"):
            return type(obj)(*[convert(v) for v in obj])
        return type(obj)(convert(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((convert(k), convert(v)) for k, v in obj.items())
    if isinstance(obj, (set, frozenset)):
        return type(obj)(convert(v) for v in obj)
    if isinstance(obj, bytearray):
        return bytearray(obj)
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def convert(value):
        if _is_dataclass_instance(value):
            return dict_factory([(f.name, convert(getattr(value, f.name)))
                                 for f in fields(value)])
        return _copy_value(value, convert)

    return convert(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def convert(value):
        if _is_dataclass_instance(value):
            return tuple_factory([convert(getattr(value, f.name)) for f in fields(value)])
        return _copy_value(value, convert)

    return convert(obj)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in _fields_of(obj).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_identifier(name):
    # str.isidentifier, which MicroPython lacks (ASCII names)
    return bool(name) and not name[0].isdigit() and all(c.isalnum() or c == "_" for c in name)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not _is_identifier(name):
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only)
