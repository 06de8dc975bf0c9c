"""Operators as functions, as in CPython's operator module.

itemgetter, attrgetter and methodcaller return plain closures: they are
called once per item (and, in MicroPython's sort, once per comparison), and
a closure is the cheapest callable here.
"""

import builtins as _builtins


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


abs = _builtins.abs


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    if isinstance(a, int):
        return a + 0  # True -> 1, and int subclasses -> int
    try:
        method = a.__index__
    except AttributeError:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(a).__name__
        )
    return method()


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a**b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not hasattr(a, "__getitem__") and not isinstance(a, (str, bytes, list, tuple, bytearray)):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = obj.__length_hint__
    except AttributeError:
        return default
    value = hint()
    if value is NotImplemented:
        return default
    return value


def call(obj, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place forms: the augmented assignment mutates lists and the like.


def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


def itemgetter(item, *items):
    if not items:
        def get(obj):
            return obj[item]
    else:
        keys = (item,) + items

        def get(obj):
            return tuple([obj[k] for k in keys])

    return get


def _dotted(name):
    if not isinstance(name, str):
        raise TypeError("attribute name must be a string")
    parts = name.split(".")
    if len(parts) == 1:
        def get(obj):
            return getattr(obj, name)
    else:
        def get(obj):
            for part in parts:
                obj = getattr(obj, part)
            return obj
    return get


def attrgetter(attr, *attrs):
    if not attrs:
        return _dotted(attr)
    getters = [_dotted(a) for a in (attr,) + attrs]

    def get(obj):
        return tuple([g(obj) for g in getters])

    return get


def methodcaller(name, *args, **kwargs):
    if not isinstance(name, str):
        raise TypeError("method name must be a string")

    def call(obj):
        return getattr(obj, name)(*args, **kwargs)

    return call


# The dunder aliases CPython also provides.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
