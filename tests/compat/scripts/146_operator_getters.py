from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [
    ("2024-03-01", "Berlin", 12.5),
    ("2024-03-01", "Madrid", 19.0),
    ("2024-03-02", "Berlin", 9.75),
    ("2024-03-02", "Madrid", 21.25),
    ("2024-03-03", "Oslo", 2.0),
]
print(sorted(rows, key=itemgetter(2), reverse=True)[0])
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(1), rows)))
get_city_temp = itemgetter(1, 2)
print([get_city_temp(r) for r in rows[:2]])


class City:
    def __init__(self, name, country, population):
        self.name, self.country, self.population = name, country, population

    def __repr__(self):
        return f"City({self.name!r})"


cities = [City("Lyon", "FR", 522), City("Paris", "FR", 2102), City("Porto", "PT", 232), City("Lisbon", "PT", 545)]
print(sorted(cities, key=attrgetter("country", "population")))
print(max(cities, key=attrgetter("population")).name)
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("replace", "-", "_")("a-b-c"))

records = [{"id": 3, "score": 88}, {"id": 1, "score": 95}, {"id": 2, "score": 88}]
print([r["id"] for r in sorted(records, key=itemgetter("score", "id"))])
print(operator.add(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(5))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.eq(1, 1.0))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
print([ops[o](12, 4) for o in "+-*/"])
