from dataclasses import dataclass
import math


@dataclass
class Item:
    id: int
    name: str
    category: str
    stock: int
    price: float
    sold_90d: int = 0

    @property
    def daily_rate(self):
        return self.sold_90d / 90

    @property
    def days_left(self):
        return math.inf if self.daily_rate == 0 else self.stock / self.daily_rate


products = read_only_sql_query("shop", "SELECT id, name, category, stock, price_cents FROM products ORDER BY id")
items = {pid: Item(pid, name, cat, stock, cents / 100) for pid, name, cat, stock, cents in products["rows"]}

sales = read_only_sql_query("shop", """
    SELECT oi.product_id, SUM(oi.quantity) FROM order_items oi JOIN orders o ON o.id = oi.order_id
    WHERE o.order_date > date('2024-06-30', '-90 days') AND o.status != 'cancelled'
    GROUP BY oi.product_id
""")
for pid, qty in sales["rows"]:
    items[pid].sold_90d = qty

LEAD_TIME, TARGET_DAYS = 14, 60
plan = []
for item in items.values():
    if item.days_left < LEAD_TIME + 7:
        order_qty = max(0, math.ceil(item.daily_rate * TARGET_DAYS) - item.stock)
        plan.append((item, order_qty))

plan.sort(key=lambda p: (p[0].days_left, p[0].id))
print(f"{len(plan)} products need restocking (lead time {LEAD_TIME} days)\n")
print(f"{'Product':<30}{'Stock':>6}{'/day':>6}{'Days':>7}{'Order':>7}{'Cost':>10}")
total = 0.0
for item, qty in plan:
    cost = qty * item.price * 0.6
    total += cost
    days = "∞" if item.days_left == math.inf else f"{item.days_left:.1f}"
    print(f"{item.name:<30}{item.stock:>6}{item.daily_rate:>6.2f}{days:>7}{qty:>7}{cost:>10,.2f}")
print(f"\nEstimated purchase cost (60% of retail): {total:,.2f}")
