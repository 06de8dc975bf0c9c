import csv
from io import StringIO
from collections import defaultdict

CSV_TEXT = """employee_id,name,department,salary,start_date
101,Alice Martin,Engineering,98000,2019-04-01
102,Bob Chen,Marketing,67000,2020-08-15
103,Carla Diaz,Engineering,112000,2017-01-09
104,Dan O'Neil,Sales,58000,2021-11-30
105,Eve Adams,Sales,61000,2018-06-18
106,Farah Khan,Engineering,87000,2022-02-01
107,Gus Novak,Marketing,72000,2016-03-21
"""

rows = list(csv.DictReader(StringIO(CSV_TEXT)))
print(f"Loaded {len(rows)} employees; fields: {list(rows[0].keys())}")

by_dept = defaultdict(list)
for row in rows:
    row["salary"] = int(row["salary"])
    by_dept[row["department"]].append(row)

print(f"\n{'Department':<12}{'Count':>6}{'Avg salary':>12}{'Max salary':>12}  Longest tenure")
for dept in sorted(by_dept):
    people = by_dept[dept]
    avg = sum(p["salary"] for p in people) / len(people)
    top = max(people, key=lambda p: p["salary"])
    veteran = min(people, key=lambda p: p["start_date"])
    print(f"{dept:<12}{len(people):>6}{avg:>12,.0f}{top['salary']:>12,}  {veteran['name']} ({veteran['start_date'][:4]})")
