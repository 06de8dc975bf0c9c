def search_customers(term, limit=10):
    res = read_only_sql_query(
        "shop",
        "SELECT id, name, city, country FROM customers "
        "WHERE name LIKE :pat OR email LIKE :pat ORDER BY name, id LIMIT :limit",
        {"pat": f"%{term}%", "limit": limit},
    )
    if "error" in res:
        raise ValueError(res["error"])
    return res["rows"]


for term in ["smith", "kim", "o'brien", "zzz"]:
    found = search_customers(term, limit=5)
    print(f"'{term}': {len(found)} match(es)")
    for cid, name, city, country in found:
        print(f"    #{cid} {name} - {city}, {country}")

exact = read_only_sql_query("shop", "SELECT COUNT(*) FROM customers WHERE name = ?", ["Grace Kim"])
print("exact 'Grace Kim':", exact["rows"][0][0])
