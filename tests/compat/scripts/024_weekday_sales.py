import datetime

res = read_only_sql_query("shop", """
    SELECT o.order_date, SUM(oi.quantity * oi.unit_price_cents)
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status != 'cancelled'
    GROUP BY o.order_date
""")
print("days with orders:", len(res["rows"]))

names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
totals = [0] * 7
days = [0] * 7
for d, cents in res["rows"]:
    wd = datetime.date.fromisoformat(d).weekday()
    totals[wd] += cents
    days[wd] += 1

grand = sum(totals)
for i, name in enumerate(names):
    avg = totals[i] / days[i] / 100 if days[i] else 0
    print(f"{name:<10} {totals[i] / 100:>10,.2f} ({totals[i] / grand:5.1%})  avg/day {avg:8.2f}")

# cross-check with SQLite's own weekday numbering (0 = Sunday)
check = read_only_sql_query("shop", "SELECT strftime('%w', order_date) AS wd, COUNT(*) FROM orders GROUP BY wd ORDER BY wd")
print("orders by strftime('%w'):", check["rows"])
