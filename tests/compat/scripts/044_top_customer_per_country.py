res = read_only_sql_query("shop", """
    SELECT c.country, c.name, SUM(oi.quantity * oi.unit_price_cents) AS cents
    FROM customers c
    JOIN orders o ON o.customer_id = c.id
    JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status NOT IN ('cancelled', 'refunded')
    GROUP BY c.id
""")

by_country = {}
for country, name, cents in res["rows"]:
    by_country.setdefault(country, []).append((cents, name))

print(f"{'Country':<16}{'Top customer':<22}{'Spent':>10}{'Share':>8}")
for country in sorted(by_country):
    entries = sorted(by_country[country], key=lambda e: (-e[0], e[1]))
    cents, name = entries[0]
    share = cents / sum(e[0] for e in entries)
    print(f"{country:<16}{name:<22}{cents / 100:>10.2f}{share:>8.0%}")
