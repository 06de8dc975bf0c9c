import csv
import io

res = read_only_sql_query("shop", "SELECT id, name, category, price_cents, stock FROM products WHERE category IN ('Gift Sets', 'Tea') ORDER BY category, id")

buf = io.StringIO()
writer = csv.writer(buf)
writer.writerow(["id", "name", "category", "price", "stock", "in_stock"])
for pid, name, cat, cents, stock in res["rows"]:
    writer.writerow([pid, name, cat, f"{cents / 100:.2f}", stock, "yes" if stock > 0 else "no"])

text = buf.getvalue()
print(text)
print("lines:", len(text.splitlines()))

# read it back to make sure it parses
reader = csv.DictReader(io.StringIO(text))
parsed = list(reader)
print("parsed rows:", len(parsed), "| first:", parsed[0])
print("total stock value: {:.2f}".format(sum(float(r["price"]) * int(r["stock"]) for r in parsed)))
