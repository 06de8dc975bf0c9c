import json

doc = json.loads("""
{
  "id": 42,
  "user": {"name": "Ada", "address": {"city": "London", "zip": "N1"}, "roles": ["admin", "dev"]},
  "metrics": {"logins": 17, "last": {"ip": "10.0.0.1", "ok": true}},
  "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}],
  "notes": null
}
""")


def flatten(obj, prefix="", sep="."):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{sep}{k}" if prefix else k, sep))
    elif isinstance(obj, list):
        if not obj:
            out[prefix] = []
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}[{i}]", sep))
    else:
        out[prefix] = obj
    return out


flat = flatten(doc)
width = max(len(k) for k in flat)
for key, value in flat.items():
    print(f"{key:<{width}} = {json.dumps(value)}")
print(len(flat), "leaf values")
print(flatten({"a": {"b": {"c": 1}}, "d": []}, sep="__"))
