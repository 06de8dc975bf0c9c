schema = database_schema("shop")
table_names = [t["name"] for t in schema["tables"]]

counts = {}
for name in table_names:
    result = read_only_sql_query("shop", f"SELECT COUNT(*) AS n FROM {name}")
    if "error" in result:
        print(f"Could not count {name}: {result['error']}")
        continue
    counts[name] = result["rows"][0][0]

print(f"{'Table':<16}{'Rows':>8}")
print("-" * 24)
for name, n in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name:<16}{n:>8,}")
print("-" * 24)
print(f"{'Total':<16}{sum(counts.values()):>8,}")
