# typing: everything agents import exists, subscripts without error, and
# prints as CPython's typing does.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    TypeVar, Generic, Literal, Final, ClassVar, Annotated, Protocol, NamedTuple,
                    TypedDict, cast, overload, TYPE_CHECKING, get_type_hints, NoReturn, Self,
                    IO, TextIO, Pattern, Match, SupportsInt, SupportsFloat, Hashable, Sized,
                    Collection, Container, Awaitable, Coroutine, AsyncIterator, ContextManager,
                    DefaultDict, Counter, Deque, OrderedDict, NewType, AnyStr, Text, get_origin,
                    get_args, final, no_type_check, runtime_checkable, ParamSpec, Concatenate,
                    TypeAlias, TypeGuard, Never, LiteralString, Required, NotRequired)

print(TYPE_CHECKING)
print(Any, NoReturn, Self, Never)
print(Optional[int], Optional[str])
print(Union[int, str], Union[int, str, None], Union[int], Union[int, int])
print(Union[int, Union[str, float]])
print(Optional[Union[int, str]])
print(Literal["r", "w"], Literal[1, 2, 3], Literal[None])
print(ClassVar[int], Final[str], TypeGuard[int])
print(Annotated[int, "meta"], Annotated[int, "a", 2])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(Literal[1, 2] == Literal[2, 1], Union[int, str] == Union[int, float])

# The typing names of built-in collections check as those classes.
print(List, Dict, Tuple, Set, Type, Text is str)
print(isinstance([], List), isinstance({}, Dict), isinstance((), List), issubclass(list, List))
try:
    List()
except TypeError:
    print("TypeError: List()")

# Everything subscripts.
hints = [List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Tuple[int, ...],
         Tuple[int, str], Type[int], Iterable[int], Iterator[str], Generator[int, None, None],
         Sequence[float], Mapping[str, int], MutableMapping[str, Any], IO[str], Pattern[str],
         Match[str], DefaultDict[str, int], Counter[str], Deque[int], OrderedDict[str, int],
         Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], ContextManager[int],
         Collection[int], Container[int], Required[int], NotRequired[str]]
print(len(hints), "subscripted")
print(Iterable[int], Sequence[str], Mapping[str, int], Generator[int, None, None])

T = TypeVar("T")
K = TypeVar("K", str, bytes)
B = TypeVar("B", bound=int)
print(T, K, B, T.__name__, K.__constraints__, B.__bound__)
print(TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True))
print(Dict[str, T][int] == Dict[str, int])

print(cast(int, "x"), cast("List[int]", [1]))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId.__supertype__)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("a"))

@final
class Leaf:
    pass
print(Leaf.__name__)

print(get_origin(List[int]) is list, get_args(Dict[str, int]))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_origin(Literal[1]) is Literal, get_args(Literal[1, "a"]))
print(get_origin(Annotated[int, "m"]) is Annotated, get_args(Annotated[int, "m"]))
print(get_args(Callable[[int], str]), get_origin(int), get_args(int))

try:
    Union[()]
except TypeError:
    print("TypeError: empty Union")
try:
    Optional[int, str]
except TypeError:
    print("TypeError: Optional takes one")
try:
    Any()
except TypeError:
    print("TypeError: Any()")
try:
    Generic[int]
except TypeError:
    print("TypeError: Generic[int]")
