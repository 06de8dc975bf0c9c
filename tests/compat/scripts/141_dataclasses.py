from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: float

    @property
    def total(self):
        return round(self.quantity * self.unit_price, 2)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    status: str = "new"
    notes: str = field(default="", repr=False)

    def add(self, sku, qty, price):
        self.items.append(LineItem(sku, qty, price))
        return self

    @property
    def total(self):
        return round(sum(i.total for i in self.items), 2)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


order = Order(1001, "Ana").add("MUG-1", 2, 12.5).add("TEA-7", 3, 4.99)
print(order)
print("total:", order.total)
print(asdict(order))
print(astuple(order.items[0]))
print([f.name for f in fields(Order)])
shipped = replace(order, status="shipped")
print(shipped.status, order.status, shipped == order, Order(1, "x") == Order(1, "x"))

versions = [Version(1, 2), Version(1, 10), Version(0, 9, 1), Version(1, 2, 3)]
print(sorted(versions))
print(max(versions), Version(2) > Version(1, 99))
try:
    versions[0].major = 5
except Exception as e:
    print(type(e).__name__)
print(len({Version(1), Version(1, 0, 0)}))
