res = read_only_sql_query("shop", """
    SELECT substr(order_date, 1, 7) AS month, status, COUNT(*) AS n
    FROM orders
    WHERE order_date >= '2024-01-01'
    GROUP BY month, status
""")
statuses = ["pending", "paid", "shipped", "delivered", "cancelled", "refunded"]
table = {}
for month, status, n in res["rows"]:
    table.setdefault(month, dict.fromkeys(statuses, 0))[status] = n

print("month    " + " ".join(f"{s[:9]:>9}" for s in statuses) + "    total")
for month in sorted(table):
    counts = table[month]
    print(f"{month}  " + " ".join(f"{counts[s]:>9}" for s in statuses) + f"{sum(counts.values()):>9}")
totals = {s: sum(table[m][s] for m in table) for s in statuses}
print("total    " + " ".join(f"{totals[s]:>9}" for s in statuses) + f"{sum(totals.values()):>9}")
