"""Type hints, as in CPython's typing module.

Everything agent code imports exists and can be subscripted; nothing is
checked at run time. The typing objects print and compare as CPython's, and
isinstance() works with those CPython allows it for (List, Iterable,
int | str...), through the __instancecheck__ hook the interpreter honours.
The interpreter calls _class_getitem and _class_or below for list[int] and
int | None on built-in classes.
"""

import sys

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(t):
    # How CPython shows a type inside a hint: builtins by bare name, other
    # classes as module.name, ... for Ellipsis.
    if isinstance(t, type):
        module = getattr(t, "__module__", "builtins")
        if module == "builtins":
            return t.__name__
        return module + "." + t.__name__
    if t is ...:
        return "..."
    if t is None:
        return "None"
    if type(t) is type(_type_repr):
        return t.__name__
    return repr(t)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _hint(arg):
    # None in a hint means NoneType, and a str a forward reference, as in
    # CPython's typing (list[...] keeps both as they are).
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type named by a string, resolved by get_type_hints()."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return "ForwardRef(%r)" % self.__forward_arg__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _or(a, b):
    # X | Y for typing objects and classes.
    if b is None or isinstance(b, (type, _Final)) or isinstance(b, str):
        return Union[a, b]
    return NotImplemented


def _ror(a, b):
    if b is None or isinstance(b, (type, _Final)) or isinstance(b, str):
        return Union[b, a]
    return NotImplemented


class _Final:
    """Base of the typing objects: they combine with | into a Union."""

    def __or__(self, other):
        return _or(self, other)

    def __ror__(self, other):
        return _ror(self, other)


class _SpecialForm(_Final):
    """A named construct such as Any, Union or ClassVar."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)


class _GenericAlias(_Final):
    """A subscripted generic: list[int], Callable[[int], str], Stack[T]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        # typing's List[None] means NoneType; list[None] keeps None.
        self.__args__ = tuple(_hint(a) if name else a for a in _as_tuple(args))
        self._name = name

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwds):
        if self._name in _NOT_CALLABLE:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwds)

    def __or__(self, other):
        # list[int] | None is a types.UnionType, List[int] | None a Union
        if self._name is None and _pipe_member(other):
            return _make_union((self, other), True)
        return _or(self, other)

    def __ror__(self, other):
        if self._name is None and _pipe_member(other):
            return _make_union((other, self), True)
        return _ror(self, other)

    def __getitem__(self, params):
        # Substitute type variables: Dict[str, T][int] is Dict[str, int].
        params = _as_tuple(params)
        tvars = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if len(tvars) != len(params):
            raise TypeError("Too many arguments for %r" % self)
        sub = dict(zip(tvars, params))
        return self._copy_with(tuple(sub.get(a, a) if isinstance(a, TypeVar) else a
                                     for a in self.__args__))

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, self._name)

    def __mro_entries__(self, bases):
        # class Stack(Generic[T]), class Names(List[str])
        origin = self.__origin__
        if isinstance(origin, _Generic):
            return (origin._origin or Generic,)
        if isinstance(origin, _SpecialForm):
            raise TypeError("Cannot subclass %r" % self)
        return (origin,)


class _CallableAlias(_GenericAlias):
    # Callable[[int, str], bool]: __args__ is (int, str, bool), as in CPython.
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            params = "..."
        else:
            params = "[" + ", ".join(_type_repr(a) for a in args[:-1]) + "]"
        return "typing.Callable[%s, %s]" % (params, _type_repr(args[-1]))

    def _copy_with(self, args):
        return _CallableAlias(self.__origin__, args, self._name)


class _LiteralAlias(_GenericAlias):
    def __init__(self, origin, args, name=None):
        # Literal keeps its values as they are (None stays None).
        self.__origin__ = origin
        self.__args__ = _as_tuple(args)
        self._name = name

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        self.__origin__ = origin
        self.__metadata__ = metadata
        self.__args__ = (origin,)
        self._name = "Annotated"

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwds):
        return self.__origin__(*args, **kwds)


class _UnionAlias(_GenericAlias):
    """Union[int, str], Optional[int] and int | str (types.UnionType)."""

    def __init__(self, args, pipe=False):
        self.__origin__ = Union
        self.__args__ = args
        self._name = "Union"
        self._pipe = pipe

    def __repr__(self):
        args = self.__args__
        if self._pipe:
            return " | ".join("None" if a is _NoneType else _type_repr(a) for a in args)
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return _same_members(self.__args__, other.__args__)

    def __hash__(self):
        try:
            return hash(frozenset(self.__args__))
        except TypeError:
            return hash(len(self.__args__))

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        # (int | str) | None stays a types.UnionType, Union[...] | None not
        if self._pipe and _pipe_member(other):
            return _make_union((self, other), True)
        return _or(self, other)

    def __ror__(self, other):
        if self._pipe and _pipe_member(other):
            return _make_union((other, self), True)
        return _ror(self, other)

    def __instancecheck__(self, obj):
        # isinstance(x, int | str), where the interpreter asks the hint.
        return any(isinstance(obj, a) for a in self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)

    def _copy_with(self, args):
        return _make_union(args, self._pipe)


def _pipe_member(x):
    # what | keeps a types.UnionType with: classes, None, list[int], int | str
    if x is None or isinstance(x, type):
        return True
    if isinstance(x, _UnionAlias):
        return x._pipe
    return isinstance(x, _GenericAlias) and x._name is None and type(x) is _GenericAlias


def _same_members(a, b):
    return all(x in b for x in a) and all(y in a for y in b)


def _make_union(params, pipe=False):
    args = []
    for p in _as_tuple(params):
        p = _hint(p)
        if isinstance(p, _UnionAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in args:
                args.append(m)
    if not args:
        raise TypeError("Cannot take a Union of no types.")
    if len(args) == 1:
        return args[0]
    return _UnionAlias(tuple(args), pipe)


# --- Hooks the interpreter calls for built-in classes ---------------------


def _class_getitem(cls, params):
    # list[int], dict[str, int], type[int]
    return _GenericAlias(cls, params)


def _class_or(a, b):
    # int | None, int | str, int | list[int] (a types.UnionType); with a
    # typing object, a typing.Union
    for x in (a, b):
        if not (x is None or isinstance(x, (type, _Final))):
            return NotImplemented
    return _make_union((a, b), _pipe_member(a) and _pipe_member(b))


# --- Special forms -----------------------------------------------------------


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    return _make_union(params)


def _optional_getitem(self, params):
    if isinstance(params, tuple):
        raise TypeError("Optional[t] requires a single type.")
    return _make_union((params, None))


def _one_arg_getitem(self, params):
    if isinstance(params, tuple) and len(params) != 1:
        raise TypeError("%s accepts only single type." % self)
    return _GenericAlias(self, _as_tuple(params)[0], self._name)


def _literal_getitem(self, params):
    return _LiteralAlias(self, params, "Literal")


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = params[0]
    metadata = params[1:]
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    return _AnnotatedAlias(origin, metadata)


def _concatenate_getitem(self, params):
    return _GenericAlias(self, params, "Concatenate")


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_arg_getitem)
Final = _SpecialForm("Final", _one_arg_getitem)
Required = _SpecialForm("Required", _one_arg_getitem)
NotRequired = _SpecialForm("NotRequired", _one_arg_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_arg_getitem)
Unpack = _SpecialForm("Unpack", _one_arg_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Annotated = _SpecialForm("Annotated", _annotated_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)


# --- Type variables -----------------------------------------------------------


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _hint(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        self.args = _SpecialForm(name + ".args")
        self.kwargs = _SpecialForm(name + ".kwargs")


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)


# --- Generic classes -------------------------------------------------------------


class Generic:
    """Base of user generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            # Generic[T] as a base class is Generic itself.
            for p in _as_tuple(params):
                if not isinstance(p, (TypeVar, TypeVarTuple, _GenericAlias)):
                    raise TypeError("Parameters to %s[...] must all be type variables"
                                    % cls.__name__)
            return cls
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base of structural types. Checked by inheritance only, except that
    a @runtime_checkable protocol is checked for its methods by isinstance
    where the interpreter supports __instancecheck__."""

    _is_runtime_protocol = False


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


class _Generic(_Final):
    """A typing name for a collections.abc class: subscriptable; isinstance
    asks the check below (duck typing, as the ABCs do in CPython)."""

    def __init__(self, name, check=None, nparams=-1, origin=None):
        self._name = name
        self._check = check
        self._nparams = nparams
        self._origin = origin

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self,
                len(params), self._nparams))
        return _GenericAlias(self._origin or self, params, self._name)

    def __call__(self, *args, **kwds):
        if self._origin is not None:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self._origin.__name__))
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def __instancecheck__(self, obj):
        if self._origin is not None:
            return isinstance(obj, self._origin)
        if self._check is None:
            raise TypeError("%s cannot be used with isinstance()" % self)
        return self._check(obj)

    def __subclasscheck__(self, cls):
        if self._origin is not None:
            return issubclass(cls, self._origin)
        raise TypeError("issubclass() arg 2 must be a class")

    def __mro_entries__(self, bases):
        return (self._origin or Generic,)


def _can(fn, obj):
    try:
        fn(obj)
        return True
    except TypeError:
        return False


def _is_iterable(x):
    return _can(iter, x)


def _is_sized(x):
    return _can(len, x)


def _is_hashable(x):
    return _can(hash, x)


def _is_iterator(x):
    return _is_iterable(x) and hasattr(x, "__next__") and iter(x) is x


def _is_mapping(x):
    return isinstance(x, dict) or (hasattr(x, "keys") and hasattr(x, "__getitem__"))


def _is_sequence(x):
    if isinstance(x, (list, tuple, str, bytes, bytearray, range)):
        return True
    return not _is_mapping(x) and hasattr(x, "__getitem__") and hasattr(x, "__len__")


def _is_mutable_sequence(x):
    return isinstance(x, (list, bytearray)) or (
        _is_sequence(x) and hasattr(x, "__setitem__") and hasattr(x, "insert"))


def _is_set(x):
    return isinstance(x, (set, frozenset))


def _is_container(x):
    return _is_iterable(x) or hasattr(x, "__contains__")


_generator_type = type((lambda: (yield))())

Iterable = _Generic("Iterable", _is_iterable, 1)
Iterator = _Generic("Iterator", _is_iterator, 1)
Reversible = _Generic("Reversible", _is_sequence, 1)
Container = _Generic("Container", _is_container, 1)
Collection = _Generic("Collection", lambda x: _is_sized(x) and _is_iterable(x), 1)
Sized = _Generic("Sized", _is_sized, 0)
Hashable = _Generic("Hashable", _is_hashable, 0)
Sequence = _Generic("Sequence", _is_sequence, 1)
MutableSequence = _Generic("MutableSequence", _is_mutable_sequence, 1)
Mapping = _Generic("Mapping", _is_mapping, 2)
MutableMapping = _Generic("MutableMapping", lambda x: isinstance(x, dict) or (
    _is_mapping(x) and hasattr(x, "__setitem__")), 2)
AbstractSet = _Generic("AbstractSet", _is_set, 1)
MutableSet = _Generic("MutableSet", lambda x: isinstance(x, set), 1)
KeysView = _Generic("KeysView", None, 1)
ValuesView = _Generic("ValuesView", None, 1)
ItemsView = _Generic("ItemsView", None, 2)
MappingView = _Generic("MappingView", None, 1)
Generator = _Generic("Generator", lambda x: isinstance(x, _generator_type), 3)
AsyncGenerator = _Generic("AsyncGenerator", None, 2)
AsyncIterable = _Generic("AsyncIterable", None, 1)
AsyncIterator = _Generic("AsyncIterator", None, 1)
Awaitable = _Generic("Awaitable", None, 1)
Coroutine = _Generic("Coroutine", None, 3)
ContextManager = _Generic("ContextManager", None, 1)
AsyncContextManager = _Generic("AsyncContextManager", None, 1)
Pattern = _Generic("Pattern", None, 1)
Match = _Generic("Match", None, 1)
def _named(name):
    # the collections classes, known by name (collections need not be loaded)
    return lambda x: any(c.__name__ == name for c in _class_chain(type(x)))


DefaultDict = _Generic("DefaultDict", _named("defaultdict"), 2)
Counter = _Generic("Counter", _named("Counter"), 1)
ChainMap = _Generic("ChainMap", _named("ChainMap"), 2)
Deque = _Generic("Deque", _named("deque"), 1)
OrderedDict = _Generic("OrderedDict", _named("OrderedDict"), 2)


def _callable_getitem(self, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    args, result = params
    if args is ...:
        return _CallableAlias(Callable, (..., result), "Callable")
    if not isinstance(args, (list, tuple)):
        raise TypeError("Callable[args, result]: args must be a list. Got %r" % (args,))
    return _CallableAlias(Callable, tuple(args) + (result,), "Callable")


class _CallableGeneric(_Generic):
    # Callable[[int], str] keeps its argument list apart from the result.
    __getitem__ = _callable_getitem


Callable = _CallableGeneric("Callable", callable, 2)

# Typing names for built-in classes: List[int] is typing.List[int], and
# isinstance(x, List) is isinstance(x, list); List() is refused as in CPython.
List = _Generic("List", None, 1, list)
Dict = _Generic("Dict", None, 2, dict)
Set = _Generic("Set", None, 1, set)
FrozenSet = _Generic("FrozenSet", None, 1, frozenset)
Tuple = _Generic("Tuple", None, -1, tuple)
Type = _Generic("Type", None, 1, type)
Text = str
_NOT_CALLABLE = ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type")


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsComplex(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


class IO(Generic):
    """Placeholder for file-like objects in hints."""


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


# --- Functions ----------------------------------------------------------------


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


class NewType:
    """UserId = NewType('UserId', int): calling it returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return self.__name__

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionAlias):
        return _UnionType if tp._pipe else Union
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        return origin._origin if isinstance(origin, _Generic) and origin._origin else origin
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def _strip_annotated(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotated(t.__origin__)
    if isinstance(t, _UnionAlias):
        return _make_union(tuple(_strip_annotated(a) for a in t.__args__), t._pipe)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralAlias):
        args = tuple(_strip_annotated(a) for a in t.__args__)
        if args != t.__args__:
            return t._copy_with(args)
    return t


def _eval_hint(value, globalns, localns):
    # A hint with its forward references (strings) evaluated where their
    # names can be found; one that cannot be stays as it is.
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        ns = dict(globals())
        if globalns:
            ns.update(globalns)
        try:
            found = eval(value.__forward_arg__, ns, localns or {})
        except Exception:
            return value
        return _eval_hint(found, globalns, localns)
    if isinstance(value, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_hint(value.__origin__, globalns, localns), value.__metadata__)
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralAlias):
        args = tuple(_eval_hint(a, globalns, localns) for a in value.__args__)
        if args != value.__args__:
            return value._copy_with(args)
    return value


def _class_chain(cls):
    # Bases before the class, depth first (MicroPython has no __mro__).
    seen = []

    def walk(c):
        for b in getattr(c, "__bases__", ()):
            if b is not object:
                walk(b)
        if c not in seen:
            seen.append(c)

    walk(cls)
    return seen


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases') or object, with string
    annotations evaluated where their names can be found. Functions have no
    annotations in MicroPython, so they give {}."""
    hints = {}
    if isinstance(obj, type):
        chain = _class_chain(obj)
        for c in chain:
            ann = c.__dict__.get("__annotations__", {})
            module = sys.modules.get(getattr(c, "__module__", ""), None)
            ns = globalns if globalns is not None else getattr(module, "__dict__", None)
            local = localns
            if local is None:
                # the class's own names, and the classes themselves, so that
                # a class can name itself ("Node") as CPython resolves it
                local = {k.__name__: k for k in chain}
                local.update(c.__dict__)
            for name, value in ann.items():
                hints[name] = _eval_hint(value, ns, local)
    else:
        ann = getattr(obj, "__annotations__", None) or {}
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if not include_extras:
        for name in hints:
            hints[name] = _strip_annotated(hints[name])
    return hints


class _UnionTypeMarker:
    def __repr__(self):
        return "<class 'types.UnionType'>"


# What get_origin(int | str) returns (types.UnionType in CPython).
_UnionType = _UnionTypeMarker()


# --- NamedTuple and TypedDict ------------------------------------------------------


def _namedtuple(typename, fields, defaults, namespace):
    # A tuple subclass built on the native namedtuple, with the CPython
    # extras (_fields, _asdict, _replace, _make, defaults).
    from ucollections import namedtuple as native

    names = tuple(fields)
    types = dict(fields.items()) if isinstance(fields, dict) else {}
    n = len(names)
    template = [defaults.get(f, _MISSING) for f in names]
    index = {f: i for i, f in enumerate(names)}
    holder = []

    def __init__(self, *args, **kwds):
        if len(args) > n:
            raise TypeError("%s() takes %d positional arguments but %d were given"
                            % (typename, n + 1, len(args) + 1))
        values = list(args) + template[len(args):]
        for k, v in kwds.items():
            i = index.get(k)
            if i is None:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (typename, k))
            if i < len(args):
                raise TypeError("%s() got multiple values for argument '%s'" % (typename, k))
            values[i] = v
        missing = [names[i] for i, v in enumerate(values) if v is _MISSING]
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s" % (
                typename, len(missing), "" if len(missing) == 1 else "s",
                " and ".join("'%s'" % m for m in missing)))
        super(holder[0], self).__init__(*values)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def _asdict(self):
        return dict(zip(names, self))

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(names, self)]
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return type(self)(*values)

    def _make(cls, iterable):
        return cls(*iterable)

    ns = {
        "__init__": __init__,
        "__setattr__": __setattr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
        "_fields": names,
        "_field_defaults": dict(defaults),
        "__annotations__": types,
        "__match_args__": names,
    }
    for k, v in namespace.items():
        if k not in ("__annotations__", "__module__", "__qualname__") and k not in names:
            ns[k] = v
    cls = type(typename, (native(typename, names),), ns)
    holder.append(cls)
    return cls


_MISSING = object()


def _namedtuple_fields(typename, fields, kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    result = {}
    for item in (fields.items() if isinstance(fields, dict) else fields):
        name, tp = item
        result[name] = tp
    return result


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        if not bases:
            # _NamedTupleBase itself
            return type.__new__(mcs, typename, bases, ns)
        annotations = ns.get("__annotations__", {})
        defaults = {}
        for name in annotations:
            if name in ns:
                defaults[name] = ns[name]
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "",
                                   ", ".join(defaults)))
        return _namedtuple(typename, annotations, defaults, ns)


class _NamedTupleFactory:
    """NamedTuple('P', [('x', int)]) and class P(NamedTuple)."""

    def __call__(self, typename, fields=None, **kwargs):
        return _namedtuple(typename, _namedtuple_fields(typename, fields, kwargs), {}, {})

    def __repr__(self):
        return "<function NamedTuple>"

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)


try:
    _NamedTupleBase = _NamedTupleMeta("_NamedTupleBase", (), {})
except Exception:
    # An interpreter without metaclasses: only the functional form works.
    _NamedTupleBase = None

NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        own = ns.get("__annotations__", {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(getattr(base, "__annotations__", {}))
            required.update(getattr(base, "__required_keys__", ()))
            optional.update(getattr(base, "__optional_keys__", ()))
        for key, tp in own.items():
            annotations[key] = tp
            origin = getattr(tp, "__origin__", None)
            if origin is Required or (total and origin is not NotRequired):
                required.add(key)
            else:
                optional.add(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__required_keys__"] = frozenset(required)
        ns["__optional_keys__"] = frozenset(optional)
        ns["__total__"] = total
        return type.__new__(mcs, name, (_TypedDictBase,) if bases else (), ns)

    def __call__(cls, *args, **kwargs):
        # Instances of a TypedDict are plain dicts, as in CPython.
        return dict(*args, **kwargs)


class _TypedDictFactory:
    """TypedDict('Movie', {'name': str}) and class Movie(TypedDict)."""

    def __call__(self, typename, fields=None, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return _TypedDictMeta(typename, (_TypedDictBase,), {"__annotations__": dict(fields)},
                              total=total)

    def __repr__(self):
        return "<function TypedDict>"

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)


try:
    _TypedDictBase = _TypedDictMeta("_TypedDictBase", (), {})
except Exception:
    _TypedDictBase = None

TypedDict = _TypedDictFactory()
