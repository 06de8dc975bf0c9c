products = read_only_sql_query("shop", "SELECT category, name, price_cents, stock FROM products")["rows"]

summary = {}
for category, name, price, stock in products:
    s = summary.setdefault(category, {"skus": 0, "units": 0, "value": 0})
    s["skus"] += 1
    s["units"] += stock
    s["value"] += price * stock

total_value = sum(s["value"] for s in summary.values())
print(f"{'Category':<14}{'SKUs':>5}{'Units':>8}{'Value':>14}{'% value':>9}")
for cat, s in sorted(summary.items(), key=lambda kv: kv[1]["value"], reverse=True):
    print(f"{cat:<14}{s['skus']:>5}{s['units']:>8,}{s['value'] / 100:>14,.2f}{s['value'] / total_value:>9.1%}")
print(f"{'':<14}{'':>5}{sum(s['units'] for s in summary.values()):>8,}{total_value / 100:>14,.2f}")

zero = sorted(name for _, name, _, stock in products if stock == 0)
print("\nOut of stock:", zero if zero else "none")
