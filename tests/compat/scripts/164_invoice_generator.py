from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

ORDER_ID = 53
res = read_only_sql_query("shop", """
    SELECT o.id, o.order_date, o.status, c.name, c.city, c.country, c.email
    FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?
""", [ORDER_ID])
oid, odate, status, cname, city, country, email = res["rows"][0]
lines = read_only_sql_query("shop", """
    SELECT p.name, oi.quantity, oi.unit_price_cents
    FROM order_items oi JOIN products p ON p.id = oi.product_id
    WHERE oi.order_id = ? ORDER BY p.name
""", [ORDER_ID])["rows"]

CENT = Decimal("0.01")
VAT = Decimal("0.20")
issued = date.fromisoformat(odate)
due = issued + timedelta(days=30)

print(f"INVOICE #{oid:06d}".ljust(40) + f"Issued: {issued:%d %B %Y}".rjust(32))
print(f"Bill to: {cname}, {city}, {country}".ljust(40) + f"Due: {due:%d %B %Y}".rjust(32))
print(f"<{email}>   status: {status.upper()}")
print("-" * 72)
print(f"{'Description':<36}{'Qty':>5}{'Unit':>12}{'Amount':>19}")
subtotal = Decimal(0)
for name, qty, cents in lines:
    unit = Decimal(cents) / 100
    amount = (unit * qty).quantize(CENT)
    subtotal += amount
    print(f"{name:<36}{qty:>5}{unit:>12.2f}{amount:>19,.2f}")
print("-" * 72)
net = (subtotal / (1 + VAT)).quantize(CENT, rounding=ROUND_HALF_UP)
vat = subtotal - net
for label, value in [("Net", net), (f"VAT {VAT:.0%}", vat), ("Total", subtotal)]:
    print(f"{label:>53}{value:>19,.2f}")
print(f"\nPay within {(due - issued).days} days. Thank you!")
