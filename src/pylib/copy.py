"""Shallow and deep copies, as in CPython's copy module.

Built-in containers are copied directly; instances of Python classes are
rebuilt without calling __init__ and get their attributes copied (the
__copy__, __deepcopy__, __getstate__ and __setstate__ hooks are honoured).
"""

import sys as _sys


class Error(Exception):
    pass


error = Error

# Values that are never copied: they cannot change, or they are code.
_ATOMIC = {
    type(None),
    int,
    float,
    bool,
    complex,
    str,
    bytes,
    type,
    range,
    type(len),
    type(lambda: 0),
    type(Ellipsis),
    type(NotImplemented),
    type(_sys),
    property,
}

# Native types a Python class can derive from, with how to get the contents
# its constructor takes (deep-copied when memo is given).
_NATIVE_CONTENTS = {
    dict: lambda x, memo: list(x.items())
    if memo is None
    else [(deepcopy(k, memo), deepcopy(v, memo)) for k, v in x.items()],
    list: lambda x, memo: list(x) if memo is None else _deep_items(x, memo),
    set: lambda x, memo: list(x) if memo is None else _deep_items(x, memo),
    bytearray: lambda x, memo: bytes(x),
}


def _native_base(cls):
    """(native base type, the class deriving from it) or (None, None).

    Types defined in C have no __module__ in MicroPython.
    """
    stack = [cls]
    while stack:
        c = stack.pop()
        for base in c.__bases__:
            if base is not object and not hasattr(base, "__module__"):
                return base, c
            stack.append(base)
    return None, None


def _is_instance_of_python_class(x):
    try:
        x.__dict__
    except AttributeError:
        return False
    return type(x) is not type(_sys)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(x, "__copy__", None)
    if copier is not None:
        return copier()
    if not _is_instance_of_python_class(x):
        return x
    return _reconstruct(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    # Small functions on purpose: a function with many locals gets its
    # frame from the heap, and that per call next to the copies made
    # fragments MicroPython's allocator until copying grows quadratic.
    if memo is None:
        memo = {}
    cls = type(x)
    if cls in _ATOMIC:
        return x
    y = memo.get(id(x), _nil)
    if y is not _nil:
        return y
    copier = _DEEP.get(cls)
    if copier is not None:
        return copier(x, memo)
    return _deep_other(x, memo)


def _deep_items(items, memo):
    # Copies the elements of a temporary sequence (not memoised: its id
    # may be reused once it is freed).
    return [a if type(a) in _ATOMIC else deepcopy(a, memo) for a in items]


def _deep_list(x, memo):
    y = memo[id(x)] = []
    y.extend(_deep_items(x, memo))
    return y


def _deep_dict(x, memo):
    y = memo[id(x)] = {}
    y.update(zip(_deep_items(x.keys(), memo), _deep_items(x.values(), memo)))
    return y


def _deep_tuple(x, memo):
    items = _deep_items(x, memo)
    # A tuple that holds itself through a list is in the memo by now.
    y = memo.get(id(x), items)
    if y is items:
        for a, b in zip(items, x):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
        memo[id(x)] = y
    return y


def _deep_set(x, memo):
    y = type(x)(_deep_items(x, memo))
    memo[id(x)] = y
    return y


def _deep_bytearray(x, memo):
    y = memo[id(x)] = bytearray(x)
    return y


_DEEP = {
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    set: _deep_set,
    frozenset: _deep_set,
    bytearray: _deep_bytearray,
}


def _deep_other(x, memo):
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None:
        y = copier(memo)
    elif not _is_instance_of_python_class(x):
        return x
    else:
        y = _reconstruct(x, True, memo)
    memo[id(x)] = y
    return y


def _reconstruct(x, deep, memo):
    cls = type(x)
    native, direct = _native_base(cls)
    if native is not None and issubclass(native, tuple):
        items = _deep_items(x, memo) if deep else list(x)
        # namedtuples take their fields as arguments, other tuples one iterable
        y = cls(*items) if hasattr(cls, "_fields") else cls(items)
        if memo is not None:
            memo[id(x)] = y
        return y
    if native is None:
        y = object.__new__(cls)
    elif native in _NATIVE_CONTENTS or issubclass(native, BaseException):
        y = object.__new__(cls)
        # The native part of a new instance needs its constructor run;
        # super() from the class right above the native type reaches it.
        if native in _NATIVE_CONTENTS:
            args = (_NATIVE_CONTENTS[native](x, memo if deep else None),)
        else:
            args = _deep_items(x.args, memo) if deep else x.args
        super(direct, y).__init__(*args)
    else:
        raise TypeError("cannot copy '%s' object" % cls.__name__)
    if memo is not None:
        memo[id(x)] = y
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else dict(x.__dict__)
    if deep and state:
        if isinstance(state, dict):
            state = {name: deepcopy(value, memo) for name, value in state.items()}
        else:
            # Keep the state alive: its id is in the memo now.
            memo.setdefault(id(memo), []).append(state)
            state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
    elif state:
        for name, value in state.items():
            setattr(y, name, value)
    return y
