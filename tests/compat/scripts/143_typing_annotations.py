from typing import Any, Dict, List, Optional, Tuple, Union, Callable, Iterable, TypedDict, NamedTuple


class Product(TypedDict):
    name: str
    price: float
    tags: List[str]


class Point(NamedTuple):
    x: float
    y: float = 0.0


def parse_price(value: Union[str, float, None]) -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.replace("$", "").replace(",", "").strip()
        return float(value) if value else None
    return float(value)


def summarize(products: Iterable[Product], key: Callable[[Product], float]) -> Dict[str, Any]:
    items = list(products)
    values = [key(p) for p in items]
    return {"count": len(items), "min": min(values), "max": max(values)}


def split_pairs(pairs: List[Tuple[str, int]]) -> Tuple[List[str], List[int]]:
    names: List[str] = [p[0] for p in pairs]
    nums: List[int] = [p[1] for p in pairs]
    return names, nums


catalog: List[Product] = [
    {"name": "pen", "price": 1.5, "tags": ["office"]},
    {"name": "lamp", "price": 24.0, "tags": ["home", "light"]},
]
print([parse_price(v) for v in ["$1,299.00", 3, None, " ", "0.5"]])
print(summarize(catalog, key=lambda p: p["price"]))
print(split_pairs([("a", 1), ("b", 2)]))
print(Point(1.5), Point(2, 3)._asdict())
print(parse_price.__annotations__["return"] == Optional[float])
print(sorted(Product.__annotations__))
counter: Dict[str, int] = {}
counter["x"] = counter.get("x", 0) + 1
print(counter)
