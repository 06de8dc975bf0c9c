# typing: hints written with built-in classes (PEP 585/604) evaluate,
# print and compare as in CPython 3.11.
import typing
from typing import Optional, Union, List, Iterable, Sequence, Mapping, Callable, Hashable, Sized

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[str])
print(int | None, None | int, int | str | None, list[int] | None)
print(int | str == str | int, (int | None) == Optional[int], int | int)
print(typing.get_origin(list[int]) is list, typing.get_args(dict[str, int]))
print(typing.get_args(int | str), typing.get_origin(tuple[int, str]) is tuple)
print(list[int]([1, 2]), dict[str, int](a=1))
alias = dict[str, list[int]]
print(alias, alias.__origin__ is dict, alias.__args__)

print(isinstance(3, int | str), isinstance("a", int | str), isinstance(2.5, int | str))
print(isinstance(None, Optional[int]), isinstance(4, Union[int, float]))
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance("ab", Sequence))
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance(len, Callable))
print(isinstance(3, Callable), isinstance((1,), Hashable), isinstance([], Hashable))
print(isinstance([], Sized), isinstance(iter([]), Sized))

try:
    int | 3
except TypeError:
    print("TypeError: int | 3")
try:
    isinstance([], list[int])
except TypeError:
    print("TypeError: isinstance with list[int]")


def process(items: list[dict[str, int | None]]) -> dict[str, int]:
    return {k: v for d in items for k, v in d.items() if v is not None}


print(process([{"a": 1, "b": None}, {"c": 3}]))
