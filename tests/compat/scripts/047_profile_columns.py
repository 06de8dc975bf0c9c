# Generic profiling: for every column, count nulls, distinct values, min and max.
schema = database_schema("shop")
for table in schema["tables"]:
    if table["name"] == "product_images":
        continue
    name = table["name"]
    total = read_only_sql_query("shop", f"SELECT COUNT(*) FROM {name}")["rows"][0][0]
    print(f"\n{name} ({total} rows)")
    for col in table["columns"]:
        c = col["name"]
        res = read_only_sql_query(
            "shop",
            f'SELECT COUNT(DISTINCT "{c}"), SUM("{c}" IS NULL), MIN("{c}"), MAX("{c}") FROM "{name}"',
        )
        distinct, nulls, lo, hi = res["rows"][0]
        lo_s, hi_s = str(lo), str(hi)
        if len(lo_s) > 18:
            lo_s = lo_s[:15] + "..."
        if len(hi_s) > 18:
            hi_s = hi_s[:15] + "..."
        print(f"  {c:<17} {col['type']:<8} distinct={distinct:<5} nulls={nulls:<2} min={lo_s:<18} max={hi_s}")
