import statistics
from collections import defaultdict
from datetime import date

res = read_only_sql_query("shop", """
    SELECT o.order_date, o.id, SUM(oi.quantity * oi.unit_price_cents) AS cents
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status IN ('delivered', 'shipped', 'paid') AND o.order_date >= '2024-01-01'
    GROUP BY o.id ORDER BY o.order_date, o.id
""")
if "error" in res:
    raise SystemExit(res["error"])

monthly = defaultdict(list)
for d, oid, cents in res["rows"]:
    day = date.fromisoformat(d)
    monthly[day.strftime("%Y-%m")].append(cents / 100)

print("SALES REPORT — H1 2024")
print("=" * 62)
print(f"{'Month':<10}{'Orders':>7}{'Revenue':>12}{'Mean':>9}{'Median':>9}{'Stdev':>9}")
all_values = []
for month in sorted(monthly):
    vals = monthly[month]
    all_values.extend(vals)
    label = date.fromisoformat(month + "-01").strftime("%b %Y")
    print(f"{label:<10}{len(vals):>7}{sum(vals):>12,.2f}{statistics.mean(vals):>9.2f}"
          f"{statistics.median(vals):>9.2f}{statistics.stdev(vals):>9.2f}")
print("-" * 62)
print(f"{'H1':<10}{len(all_values):>7}{sum(all_values):>12,.2f}{statistics.mean(all_values):>9.2f}"
      f"{statistics.median(all_values):>9.2f}{statistics.stdev(all_values):>9.2f}")

best = max(monthly, key=lambda m: sum(monthly[m]))
print(f"\nBest month: {best}; largest single order: {max(all_values):,.2f}")
