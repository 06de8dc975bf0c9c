# Metaclasses, __init_subclass__, __class_getitem__, __mro_entries__ and
# __instancecheck__ (interpreter patch).


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = kwargs

    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith("_")))

    def __len__(cls):
        return len(list(iter(cls)))

    def __contains__(cls, name):
        return name in list(iter(cls))

    def __getitem__(cls, name):
        return getattr(cls, name)

    def __repr__(cls):
        return "<registered %s>" % cls.__name__

    @property
    def label(cls):
        return cls.__name__.lower()

    def describe(cls):
        return "%s with %d names" % (cls.__name__, len(cls))


class Model(metaclass=Registry):
    a = 1
    b = 2


class User(Model, table="users"):
    c = 3


print(Registry.classes, Model.options, User.options)
print(list(Model), len(User), "a" in Model, "z" in Model, Model["b"], repr(User), User)
print(Model.label, User.describe(), type(Model) is Registry, type(User).__name__)
print(isinstance(Model, Registry), isinstance(Model, type), Model.__class__ is Registry)
print(isinstance(User(), Model), issubclass(User, Model), User().a, User.c)
Dynamic = type("Dynamic", (Model,), {"d": 4})
print(type(Dynamic) is Registry, Registry.classes[-1], list(Dynamic))
Made = Registry("Made", (), {"e": 5})
print(list(Made), type(Made) is Registry)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Settings(metaclass=Singleton):
    def __init__(self, debug=False):
        self.debug = debug


s1 = Settings(debug=True)
s2 = Settings()
print(s1 is s2, s2.debug, type(s1).__name__)


class Plugin:
    plugins = []

    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.plugins.append(cls.__name__)


class CSVPlugin(Plugin, kind="csv"):
    pass


class JSONPlugin(Plugin):
    pass


class Sub(CSVPlugin):
    pass


print(Plugin.plugins, CSVPlugin.kind, JSONPlugin.kind, Sub.kind)
try:
    class Bad(object, unknown=1):
        pass
except TypeError:
    print("TypeError: unexpected class keyword")


class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__)


print(Box[int], Box[str])


class Proxy:
    def __mro_entries__(self, bases):
        return (dict,)


class FromProxy(Proxy()):
    pass


print(issubclass(FromProxy, dict), FromProxy(a=1))


class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(3, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)), isinstance(3, (int, Duck)))


class Meta1(type):
    pass


class Meta2(type):
    pass


class A1(metaclass=Meta1):
    pass


class A2(metaclass=Meta2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError:
    print("TypeError: metaclass conflict")


class Ordered(type):
    def __new__(mcs, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcs, name, bases, ns)


class Row(metaclass=Ordered):
    z = 1
    y = 2
    x = 3


print(Row.fields)
