from collections import Counter

res = read_only_sql_query("shop", "SELECT name, email FROM customers")
first_names = Counter(name.split()[0] for name, _ in res["rows"])
last_names = Counter(name.split(" ", 1)[1] for name, _ in res["rows"])

print("Most common first names:")
for name, n in first_names.most_common(5):
    print(f"  {name:<10} {n}")
print("Most common last names:")
for name, n in last_names.most_common(5):
    print(f"  {name:<10} {n}")

# emails with a number suffix mean a duplicate first.last combination
dupes = [email for _, email in res["rows"] if any(ch.isdigit() for ch in email.split("@")[0])]
print(f"\n{len(dupes)} emails needed a numeric suffix, e.g. {sorted(dupes)[:3]}")
domains = Counter(email.split("@")[1] for _, email in res["rows"])
print("domains:", dict(domains))
