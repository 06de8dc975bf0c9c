import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 2.5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3), operator.abs(2.5), operator.index(7), operator.index(True))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_({1, 2}, {2, 3}))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.contains("abc", "z"))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.getitem([5, 6], 1), operator.getitem({"k": 1}, "k"))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem("hello", slice(1, 3)) if False else "hello"[1:3])
print(operator.length_hint([1, 2]), operator.length_hint((x for x in []), 5), operator.call(max, 1, 7))
try:
    operator.indexOf([1], 2)
except ValueError:
    print("ValueError indexOf")
try:
    operator.index(1.5)
except TypeError:
    print("TypeError index")

a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b, operator.iadd(1, 2), operator.imul("ab", 2), operator.isub(5, 1), sorted(operator.ior({1}, {2})))
print(operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 2), operator.ixor(6, 3))

# reductions with operator functions
from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]), list(map(operator.sub, [5, 6], [1, 1])))
print(list(map(operator.neg, [1, -2])), sorted([3, 1, 2], key=operator.neg))

# itemgetter
rows = [("b", 2, 9.5), ("a", 2, 7.0), ("c", 1, 8.25)]
print(sorted(rows, key=itemgetter(1, 0)))
print(sorted(rows, key=itemgetter(2), reverse=True)[0])
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("x")({"x": 5}), itemgetter(-1)([1, 2]))
print(itemgetter(slice(0, 2))([1, 2, 3]) if False else itemgetter(0)([[1, 2]]))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(2)))
d = {"a": 3, "b": 1, "c": 2}
print(sorted(d.items(), key=itemgetter(1)), max(d.items(), key=itemgetter(1))[0])
try:
    itemgetter(5)([1])
except IndexError:
    print("IndexError itemgetter")
try:
    itemgetter("z")({})
except KeyError:
    print("KeyError itemgetter")

# attrgetter
class P:
    def __init__(self, name, age, boss=None):
        self.name, self.age, self.boss = name, age, boss
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
people = [P("ann", 30), P("bob", 25, P("cat", 50))]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]), attrgetter("boss.name")(people[1]), attrgetter("boss.age", "name")(people[1]))
try:
    attrgetter("missing")(people[0])
except AttributeError:
    print("AttributeError attrgetter")

# methodcaller
print(methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b"), methodcaller("strip")("  x "))
print(sorted(["b", "A", "c"], key=methodcaller("lower")))
print(operator.__add__(1, 2), operator.__getitem__([1], 0), operator.__not__(1))
