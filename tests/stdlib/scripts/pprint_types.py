# pprint: namedtuples, dict/list subclasses, custom reprs, deque.
import pprint
from collections import namedtuple, OrderedDict, deque
P = namedtuple("P", "x y")
pts = [P(i, i * 2) for i in range(8)]
pprint.pprint(pts)
pprint.pprint(P("a" * 50, "b" * 50))
class MyDict(dict):
    pass
class MyList(list):
    pass
class Custom(dict):
    def __repr__(self):
        return "Custom!"
pprint.pprint(MyDict({"k%d" % i: i for i in range(12)}))
pprint.pprint(MyList(range(30)))
pprint.pprint(Custom({"k%d" % i: i for i in range(12)}))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
class Obj:
    def __repr__(self):
        return "Obj(" + "x" * 90 + ")"
pprint.pprint([Obj(), 1])
pprint.pprint({"a": Obj()})
