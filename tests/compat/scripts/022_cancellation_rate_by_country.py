result = read_only_sql_query("shop", """
    SELECT c.country,
           COUNT(*) AS total,
           SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
           SUM(CASE WHEN o.status = 'refunded' THEN 1 ELSE 0 END) AS refunded
    FROM orders o JOIN customers c ON c.id = o.customer_id
    GROUP BY c.country
""")
stats = []
for country, total, cancelled, refunded in result["rows"]:
    rate = (cancelled + refunded) / total
    stats.append({"country": country, "total": total, "cancelled": cancelled,
                  "refunded": refunded, "rate": rate})

stats.sort(key=lambda s: (-s["rate"], s["country"]))
overall = sum(s["cancelled"] + s["refunded"] for s in stats) / sum(s["total"] for s in stats)
print(f"Overall cancel+refund rate: {overall:.2%}\n")
print(f"{'Country':<15}{'Orders':>7}{'Canc.':>7}{'Ref.':>6}{'Rate':>8}  Flag")
for s in stats:
    flag = "HIGH" if s["rate"] > overall * 1.5 and s["total"] >= 20 else ""
    print(f"{s['country']:<15}{s['total']:>7}{s['cancelled']:>7}{s['refunded']:>6}{s['rate']:>8.1%}  {flag}")
