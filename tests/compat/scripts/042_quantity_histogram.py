res = read_only_sql_query("shop", "SELECT quantity, COUNT(*) FROM order_items GROUP BY quantity ORDER BY quantity")
hist = dict(res["rows"])
total = sum(hist.values())
scale = 50 / max(hist.values())

print("Quantity per order line")
for q, n in hist.items():
    print(f"{q:>3} | {'=' * round(n * scale):<50} {n:>5} ({n / total:.1%})")

mean = sum(q * n for q, n in hist.items()) / total
var = sum(n * (q - mean) ** 2 for q, n in hist.items()) / total
print(f"\nmean={mean:.3f} variance={var:.3f} std={var ** 0.5:.3f}")
mode = max(hist, key=hist.get)
print("mode:", mode)
