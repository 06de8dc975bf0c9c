# typing: user generic classes, protocols and hints in class bodies.
from typing import Generic, TypeVar, Protocol, Optional, List, Dict, Iterator, runtime_checkable, get_type_hints

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(type(s).__name__, s.pop(), list(s))
print(Stack[int], Stack[str] == Stack[str], Stack[int] == Stack[str])
print(isinstance(s, Stack), issubclass(Stack, Generic))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value


p: Pair[str, int] = Pair("a", 1)
print(p.key, p.value, Pair[str, int])


class Closer(Protocol):
    def close(self) -> None: ...


class Resource(Closer):
    def close(self) -> None:
        print("closed")


Resource().close()


@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...


print(HasLen.__name__)


class Config:
    name: str
    port: int = 8080
    tags: list[str] = []
    extra: dict[str, int] | None = None
    parent: Optional["Config"] = None
    limits: Dict[str, List[int]] = {}


print(Config.__annotations__)
print(list(Config.__annotations__))
print(Config.port, Config.extra, "name" in Config.__dict__)
print(get_type_hints(Config))


class Child(Config):
    level: int = 1


print(Child.__annotations__, list(get_type_hints(Child)))
