import json

SCHEMA = {
    "id": int,
    "email": str,
    "age": int,
    "score": (int, float),
    "active": bool,
}
REQUIRED = {"id", "email"}

records = json.loads("""[
  {"id": 1, "email": "a@example.com", "age": 31, "score": 88.5, "active": true},
  {"id": 2, "email": "b@example", "age": "29", "active": false},
  {"email": "c@example.com", "score": 70},
  {"id": 4, "email": "d@example.com", "age": -3, "score": 101, "active": "yes"},
  {"id": 5, "email": "e@example.com", "extra": [1, 2]}
]""")


def validate(rec):
    errors = []
    for field in sorted(REQUIRED - rec.keys()):
        errors.append(f"missing {field}")
    for field, expected in SCHEMA.items():
        if field in rec and not isinstance(rec[field], expected):
            errors.append(f"{field} should be {getattr(expected, '__name__', 'number')}, got {type(rec[field]).__name__}")
    if isinstance(rec.get("email"), str) and "." not in rec["email"].split("@")[-1]:
        errors.append("email domain looks invalid")
    if isinstance(rec.get("age"), int) and not 0 <= rec["age"] <= 130:
        errors.append("age out of range")
    unknown = sorted(set(rec) - set(SCHEMA))
    if unknown:
        errors.append(f"unknown fields: {', '.join(unknown)}")
    return errors


valid = 0
for i, rec in enumerate(records):
    errs = validate(rec)
    if errs:
        print(f"record {i} (id={rec.get('id')}): " + "; ".join(errs))
    else:
        valid += 1
print(f"{valid}/{len(records)} valid")
