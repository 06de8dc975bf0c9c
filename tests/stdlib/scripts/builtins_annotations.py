# Class bodies record their annotations (interpreter patch): in order, with
# and without values, evaluated; hints with built-in generics evaluate.


class Record:
    id: int
    name: str = "unnamed"
    tags: list[str] = []
    score: float | None = None
    parent: "Record | None" = None
    if True:
        flag: bool = False
    count = 0

    def method(self):
        local: int = 5
        return local


print(Record.__annotations__)
print(list(Record.__annotations__), Record.name, Record.flag, Record.count)
print("id" in Record.__dict__, Record().method())


class Sub(Record):
    extra: dict[str, int] = {}


class Plain:
    x = 1


print(Sub.__annotations__, Plain.__annotations__, Record.__annotations__ is not Sub.__annotations__)


class One: value: int = 3


print(One.__annotations__, One.value)
print(type[int], tuple[int, str], dict[str, list[int]] | None)


def f(a: int, b: "str" = "x") -> list[int]:
    y: int = 2
    return [a, y]


print(f(1))
x: int = 5
print(x)
