import json

config = {
    "name": "pipeline",
    "version": 3,
    "enabled": True,
    "threshold": 0.75,
    "tags": ["etl", "daily"],
    "owner": None,
    "steps": [
        {"id": 1, "action": "extract", "source": "s3://bucket/raw"},
        {"id": 2, "action": "transform", "params": {"dedupe": True, "columns": ["a", "b"]}},
        {"id": 3, "action": "load", "target": "warehouse"},
    ],
}

text = json.dumps(config, indent=2, sort_keys=True)
print(text)
print("length:", len(text))

compact = json.dumps(config, separators=(",", ":"))
print("compact length:", len(compact))
print(compact[:60])

restored = json.loads(text)
print("equal after roundtrip:", restored == config)
print("types:", type(restored["threshold"]).__name__, type(restored["owner"]).__name__, type(restored["tags"]).__name__)
print(json.dumps([1, 2.5, "x", None, True, False, {"k": []}]))
print(json.loads('{"a": 1e3, "b": -0.5, "c": "\\u00e9\\n", "d": [1, [2, [3]]]}'))
