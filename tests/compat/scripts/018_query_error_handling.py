def run_query(sql, params=None):
    result = read_only_sql_query("shop", sql, params)
    if "error" in result:
        print(f"Query failed: {result['error']}")
        return None
    return result


# First attempt uses a guessed table name
r = run_query("SELECT * FROM order LIMIT 5")
if r is None:
    tables = [t["name"] for t in database_schema("shop")["tables"]]
    print("Available tables:", ", ".join(tables))
    r = run_query("SELECT id, order_date, status FROM orders ORDER BY id LIMIT 5")
for row in r["rows"]:
    print(row)

# A column that doesn't exist
r = run_query("SELECT total FROM orders LIMIT 1")
print("got result:", r is not None)

# Writes are refused
r = run_query("UPDATE products SET stock = 0 WHERE id = 1")
print("update allowed:", r is not None)

# Unknown database
r = read_only_sql_query("warehouse", "SELECT 1")
print(r)
