res = read_only_sql_query("shop", """
    SELECT c.id, c.name, c.country, c.signup_date
    FROM customers c
    LEFT JOIN orders o ON o.customer_id = c.id
    WHERE o.id IS NULL
    ORDER BY c.signup_date, c.id
""")
never = res["rows"]
print(f"{len(never)} customers have never ordered")

by_year = {}
for _, _, _, signup in never:
    by_year[signup[:4]] = by_year.get(signup[:4], 0) + 1
print("by signup year:", by_year)

print("\nOldest signups without an order:")
for cid, name, country, signup in never[:5]:
    print(f"  {signup}  #{cid:<4} {name} ({country})")

total = read_only_sql_query("shop", "SELECT COUNT(*) FROM customers")["rows"][0][0]
print(f"\nshare of all customers: {len(never) / total:.1%}")
