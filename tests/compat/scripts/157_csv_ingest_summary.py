import csv
import io
import json
import statistics
from datetime import datetime

RAW = """order_id,date,customer,amount,currency,channel
A-1,2024-05-01,acme corp,1200.50,EUR,web
A-2,2024-05-01,Globex,310,USD,phone
A-3,2024-05-02,ACME Corp,,EUR,web
A-4,2024-05-03,Initech,89.99,EUR,web
A-5,05/04/2024,Globex,455.10,USD,web
A-6,2024-05-04,Umbrella,-20,EUR,store
A-7,2024-05-06,initech,140.00,GBP,store
A-2,2024-05-01,Globex,310,USD,phone
"""
FX = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}

good, problems, seen = [], [], set()
for line_no, row in enumerate(csv.DictReader(io.StringIO(RAW)), start=2):
    if row["order_id"] in seen:
        problems.append((line_no, "duplicate order id"))
        continue
    seen.add(row["order_id"])
    try:
        when = datetime.strptime(row["date"], "%Y-%m-%d").date()
    except ValueError:
        problems.append((line_no, f"bad date {row['date']!r}"))
        continue
    if not row["amount"]:
        problems.append((line_no, "missing amount"))
        continue
    amount = float(row["amount"])
    if amount <= 0:
        problems.append((line_no, f"non-positive amount {amount}"))
        continue
    good.append({"id": row["order_id"], "date": when, "customer": row["customer"].strip().title(),
                 "eur": round(amount * FX[row["currency"]], 2), "channel": row["channel"]})

by_customer = {}
for g in good:
    by_customer[g["customer"]] = round(by_customer.get(g["customer"], 0) + g["eur"], 2)

summary = {
    "rows_ok": len(good),
    "rows_rejected": len(problems),
    "problems": [f"line {n}: {msg}" for n, msg in problems],
    "total_eur": round(sum(g["eur"] for g in good), 2),
    "median_eur": statistics.median(g["eur"] for g in good),
    "by_customer": dict(sorted(by_customer.items(), key=lambda kv: -kv[1])),
    "by_channel": {c: sum(1 for g in good if g["channel"] == c) for c in sorted({g["channel"] for g in good})},
    "date_range": [min(g["date"] for g in good).isoformat(), max(g["date"] for g in good).isoformat()],
}
print(json.dumps(summary, indent=2))
