from datetime import datetime

res = read_only_sql_query("shop", """
    SELECT customer_id, order_date FROM orders
    WHERE status != 'cancelled'
    ORDER BY customer_id, order_date, id
""")
dates = {}
for cid, d in res["rows"]:
    dates.setdefault(cid, []).append(datetime.strptime(d, "%Y-%m-%d"))

gaps_by_customer = {}
for cid, ds in dates.items():
    if len(ds) < 3:
        continue
    gaps = [(b - a).days for a, b in zip(ds, ds[1:])]
    gaps_by_customer[cid] = sum(gaps) / len(gaps)

print(f"customers with 3+ orders: {len(gaps_by_customer)}")
all_avg = sum(gaps_by_customer.values()) / len(gaps_by_customer)
print(f"average gap between orders: {all_avg:.1f} days")
fastest = sorted(gaps_by_customer.items(), key=lambda kv: (kv[1], kv[0]))[:5]
print("most frequent buyers (customer id, avg days):")
for cid, g in fastest:
    print(f"  {cid:>4}: {g:6.1f}  ({len(dates[cid])} orders, last {dates[cid][-1]:%d %b %Y})")
