res = read_only_sql_query("shop", "SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY COUNT(*) DESC")
counts = dict(res["rows"])
total = sum(counts.values())

print(f"Order status breakdown ({total} orders)")
width = 40
for status, n in counts.items():
    share = n / total
    bar = "█" * max(1, int(share * width))
    print(f"{status:<10} {n:>5} {share:6.1%} {bar}")

problem = counts.get("cancelled", 0) + counts.get("refunded", 0)
print(f"\nCancelled or refunded: {problem} ({problem / total:.2%})")
open_orders = sum(counts.get(s, 0) for s in ("pending", "paid", "shipped"))
print(f"Still open: {open_orders}")
