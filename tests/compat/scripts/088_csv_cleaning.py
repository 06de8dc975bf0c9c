import csv
import io

raw = """ Name , Email ,Age,Country , Signup
  alice SMITH ,ALICE@EXAMPLE.COM, 34 ,us,2024-01-05
Bob Jones,bob@example.com,,UK,2024-01-07
  ,missing@example.com,22,de,2024-01-09
carol white,carol@example,41, US ,
dave brown,dave@example.com,n/a,fr,2024-02-11
alice smith,alice@example.com,34,US,2024-01-05
"""

COUNTRIES = {"us": "United States", "uk": "United Kingdom", "de": "Germany", "fr": "France"}

reader = csv.DictReader(io.StringIO(raw))
reader.fieldnames = [f.strip().lower() for f in reader.fieldnames]

clean, rejected, seen = [], [], set()
for row in reader:
    row = {k: (v.strip() if v else "") for k, v in row.items()}
    if not row["name"]:
        rejected.append(("no name", row["email"]))
        continue
    email = row["email"].lower()
    if email in seen:
        rejected.append(("duplicate", email))
        continue
    seen.add(email)
    age = int(row["age"]) if row["age"].isdigit() else None
    clean.append({
        "name": row["name"].title(),
        "email": email,
        "valid_email": "@" in email and "." in email.split("@")[1],
        "age": age,
        "country": COUNTRIES.get(row["country"].lower(), row["country"]),
        "signup": row["signup"] or None,
    })

for c in clean:
    print(c)
print("rejected:", rejected)
ages = [c["age"] for c in clean if c["age"] is not None]
print(f"{len(clean)} clean rows, mean age {sum(ages) / len(ages):.1f}, {len(clean) - len(ages)} missing ages")
