import json
import copy

defaults = {
    "database": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False},
}
overrides = json.loads("""
{
  "database": {"host": "db.internal", "pool": {"max": 50}},
  "logging": {"handlers": ["console", "file"]},
  "features": {"beta": true, "dark_mode": true},
  "timeout": 30
}
""")


def deep_merge(base, extra):
    result = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


merged = deep_merge(defaults, overrides)
print(json.dumps(merged, indent=4))
print("defaults untouched:", defaults["database"]["pool"] == {"min": 1, "max": 10})


def diff_keys(a, b, path=""):
    for k in sorted(set(a) | set(b)):
        p = f"{path}.{k}" if path else k
        if k not in a:
            print(f"  + {p}")
        elif k not in b:
            print(f"  - {p}")
        elif isinstance(a[k], dict) and isinstance(b[k], dict):
            diff_keys(a[k], b[k], p)
        elif a[k] != b[k]:
            print(f"  ~ {p}: {a[k]!r} -> {b[k]!r}")


print("changes:")
diff_keys(defaults, merged)
