"""Abstract base classes, as in CPython's abc module.

ABCMeta records a class's abstract methods (those marked with
@abstractmethod and not overridden) in __abstractmethods__ and refuses to
instantiate a class that still has any, with CPython's message.
register() adds virtual subclasses for isinstance/issubclass.
"""


def abstractmethod(funcobj):
    # Functions here take no attributes, so the mark is kept by identity.
    _ABSTRACT.add(id(funcobj))
    return funcobj


_ABSTRACT = set()


# A property's getter cannot be read back here (no fget), so an abstract
# property is not detected: only abstract methods block instantiation.
def _is_abstract(value):
    return id(value) in _ABSTRACT


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set(k for k, v in namespace.items() if _is_abstract(v))
        for base in bases:
            for k in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, k, None)):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        # The real subclass test: walk the bases (issubclass itself would
        # come back here).
        todo = [subclass]
        while todo:
            c = todo.pop()
            if c is cls:
                return True
            todo.extend(getattr(c, "__bases__", ()))
        return any(issubclass(subclass, r) for r in cls._abc_registry)


class ABC(metaclass=ABCMeta):
    pass


def update_abstractmethods(cls):
    return cls
