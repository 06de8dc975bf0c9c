import json

data = {"city": "Zürich", "temp": 21.5, "tags": ["café", "naïve"], "ok": True, "nested": {"a": None}}

print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(data, indent=1, ensure_ascii=False))
print(json.dumps(data, indent="\t", sort_keys=True, ensure_ascii=False))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True))
print(json.dumps("quote\" backslash\\ tab\t newline\n"))
print(json.dumps({1: "int key", 2.5: "float key", None: "null key"}))
print(json.dumps(float("nan")), json.dumps(float("inf")))
