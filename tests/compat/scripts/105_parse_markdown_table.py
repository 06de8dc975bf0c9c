md = """
| Name      | Role       | Salary  | Remote |
|-----------|:----------:|--------:|--------|
| Alice     | Engineer   | 120,000 | yes    |
| Bob       | Designer   |  95,500 | no     |
| Charlie   | Engineer   | 132,250 | yes    |
| Dana      | Manager    | 150,000 |        |
"""

lines = [l.strip() for l in md.strip().splitlines()]
header = [c.strip() for c in lines[0].strip("|").split("|")]
align_row = [c.strip() for c in lines[1].strip("|").split("|")]
aligns = []
for a in align_row:
    if a.startswith(":") and a.endswith(":"):
        aligns.append("center")
    elif a.endswith(":"):
        aligns.append("right")
    else:
        aligns.append("left")
print(dict(zip(header, aligns)))

records = []
for line in lines[2:]:
    cells = [c.strip() for c in line.strip("|").split("|")]
    rec = dict(zip(header, cells))
    rec["Salary"] = int(rec["Salary"].replace(",", ""))
    rec["Remote"] = {"yes": True, "no": False}.get(rec["Remote"])
    records.append(rec)

for r in records:
    print(r)
by_role = {}
for r in records:
    by_role.setdefault(r["Role"], []).append(r["Salary"])
for role, sal in sorted(by_role.items()):
    print(f"{role}: avg {sum(sal) / len(sal):,.0f}")
print("unknown remote status:", [r["Name"] for r in records if r["Remote"] is None])
