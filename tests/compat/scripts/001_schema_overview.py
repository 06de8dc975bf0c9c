# Explore what data is available before writing any queries.
dbs = list_databases()
print("Databases:", dbs)

for db in dbs:
    schema = database_schema(db)
    print(f"\n=== {db} ({len(schema['tables'])} tables) ===")
    for table in schema["tables"]:
        cols = ", ".join(f"{c['name']} {c['type']}" for c in table["columns"])
        print(f"- {table['name']}: {cols}")
