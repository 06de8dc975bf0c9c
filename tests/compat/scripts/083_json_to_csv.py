import csv
import io
import json

api_response = json.loads("""
{"results": [
  {"id": 1, "name": "Ana", "contact": {"email": "ana@x.io", "phone": "555-0101"}, "skills": ["sql", "python"]},
  {"id": 2, "name": "Ben", "contact": {"email": "ben@x.io"}, "skills": []},
  {"id": 3, "name": "Cy, Jr.", "contact": {}, "skills": ["excel"]}
], "next": null}
""")

rows = []
for r in api_response["results"]:
    rows.append({
        "id": r["id"],
        "name": r["name"],
        "email": r["contact"].get("email", ""),
        "phone": r["contact"].get("phone", "n/a"),
        "skills": ";".join(r["skills"]),
        "n_skills": len(r["skills"]),
    })

buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
writer.writeheader()
writer.writerows(rows)
print(buf.getvalue())
print(repr(buf.getvalue().splitlines()[3]))
print("has next page:", api_response["next"] is not None)
