def to_markdown(columns, rows, align=None):
    align = align or ["---"] * len(columns)
    out = ["| " + " | ".join(columns) + " |", "|" + "|".join(align) + "|"]
    for row in rows:
        out.append("| " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(out)


res = read_only_sql_query("shop", """
    SELECT p.category AS Category,
           COUNT(*) AS Products,
           MIN(p.price_cents) AS MinPrice,
           MAX(p.price_cents) AS MaxPrice,
           SUM(p.stock) AS Stock
    FROM products p
    GROUP BY p.category
    ORDER BY p.category
""")
rows = []
for cat, n, lo, hi, stock in res["rows"]:
    rows.append([cat, n, f"${lo / 100:.2f}", f"${hi / 100:.2f}", f"{stock:,}"])

print("## Product catalogue by category\n")
print(to_markdown(res["columns"], rows, [":---", "---:", "---:", "---:", "---:"]))
print(f"\n_{sum(r[1] for r in res['rows'])} products in {len(rows)} categories._")
