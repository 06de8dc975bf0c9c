# The tool caps results at 1000 rows, so page through order_items.
page_size = 1000
offset = 0
all_rows = []
while True:
    res = read_only_sql_query(
        "shop",
        "SELECT order_id, product_id, quantity, unit_price_cents FROM order_items "
        "ORDER BY order_id, product_id LIMIT ? OFFSET ?",
        [page_size, offset],
    )
    rows = res["rows"]
    print(f"offset {offset:>5}: {len(rows)} rows, truncated={res['truncated']}")
    all_rows.extend(rows)
    if len(rows) < page_size:
        break
    offset += page_size

count = read_only_sql_query("shop", "SELECT COUNT(*) FROM order_items")["rows"][0][0]
print(f"fetched {len(all_rows)} rows; table has {count}")
assert len(all_rows) == count

units = sum(r[2] for r in all_rows)
cents = sum(r[2] * r[3] for r in all_rows)
print(f"total units: {units:,}")
print(f"gross value: ${cents / 100:,.2f}")
orders = {r[0] for r in all_rows}
print(f"distinct orders: {len(orders)}")
