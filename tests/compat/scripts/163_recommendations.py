from collections import Counter, defaultdict

res = read_only_sql_query("shop", """
    SELECT o.customer_id, oi.product_id
    FROM order_items oi JOIN orders o ON o.id = oi.order_id
    WHERE o.status != 'cancelled' AND o.customer_id <= 120
    ORDER BY o.customer_id, oi.product_id
""")
names = dict(read_only_sql_query("shop", "SELECT id, name FROM products")["rows"])
print("purchase rows:", len(res["rows"]), "truncated:", res["truncated"])

bought = defaultdict(set)
for cid, pid in res["rows"]:
    bought[cid].add(pid)

co = defaultdict(Counter)
for items in bought.values():
    for a in items:
        for b in items:
            if a != b:
                co[a][b] += 1


def recommend(customer, k=3):
    owned = bought[customer]
    scores = Counter()
    for p in owned:
        for other, n in co[p].items():
            if other not in owned:
                scores[other] += n
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(names[pid], score) for pid, score in ranked[:k]]


for cid in (1, 5, 17):
    owned = sorted(names[p] for p in bought.get(cid, ()))
    print(f"\ncustomer {cid} owns {len(owned)}: {', '.join(owned[:4])}{' ...' if len(owned) > 4 else ''}")
    for name, score in recommend(cid):
        print(f"   -> {name} (score {score})")
