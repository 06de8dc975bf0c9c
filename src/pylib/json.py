"""JSON, as in CPython's json module.

The encoder and decoder are MicroPython's json module in C (ujson), which
follow CPython's output, errors and keyword arguments. This module adds
what is written in terms of classes: JSONEncoder and JSONDecoder, and the
cls= argument that selects a subclass of them.
"""

import ujson as _c
from ujson import JSONDecodeError

_ENCODER_ARGS = ("skipkeys", "ensure_ascii", "allow_nan", "sort_keys", "indent", "separators")
_DECODER_ARGS = ("object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook")


class JSONEncoder:
    """Subclass it and override default() to encode other objects."""

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        self.separators = separators
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        kw = {name: getattr(self, name) for name in _ENCODER_ARGS}
        if kw["separators"] is None:
            del kw["separators"]
        return _c.dumps(o, default=self.default, **kw)

    def iterencode(self, o, _one_shot=False):
        yield self.encode(o)


class JSONDecoder:
    """Subclass it, or pass object_hook and friends, to decode differently."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _c.loads(s, **{name: getattr(self, name) for name in _DECODER_ARGS})


def dumps(obj, *, cls=None, **kw):
    if cls is None:
        return _c.dumps(obj, **kw)
    return cls(**kw).encode(obj)


def dump(obj, fp, *, cls=None, **kw):
    fp.write(dumps(obj, cls=cls, **kw))


def loads(s, *, cls=None, **kw):
    if cls is None:
        return _c.loads(s, **kw)
    return cls(**kw).decode(s)


def load(fp, *, cls=None, **kw):
    return loads(fp.read(), cls=cls, **kw)
