import json

old = json.loads("""{
  "name": "svc", "replicas": 2, "image": "svc:1.4",
  "env": {"LOG": "info", "MODE": "prod"},
  "ports": [80, 443], "labels": ["web"]
}""")
new = json.loads("""{
  "name": "svc", "replicas": 3, "image": "svc:1.5",
  "env": {"LOG": "debug", "REGION": "eu"},
  "ports": [80, 443, 8080], "owner": "team-a"
}""")


def diff(a, b, path="$"):
    changes = []
    if isinstance(a, dict) and isinstance(b, dict):
        for key in a:
            if key not in b:
                changes.append(("removed", f"{path}.{key}", a[key], None))
        for key in b:
            if key not in a:
                changes.append(("added", f"{path}.{key}", None, b[key]))
            else:
                changes.extend(diff(a[key], b[key], f"{path}.{key}"))
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            changes.extend(diff(x, y, f"{path}[{i}]"))
    elif a != b:
        changes.append(("changed", path, a, b))
    return changes


for kind, path, before, after in diff(old, new):
    if kind == "changed":
        print(f"~ {path}: {json.dumps(before)} -> {json.dumps(after)}")
    elif kind == "added":
        print(f"+ {path}: {json.dumps(after)}")
    else:
        print(f"- {path}: {json.dumps(before)}")
summary = {}
for kind, *_ in diff(old, new):
    summary[kind] = summary.get(kind, 0) + 1
print(json.dumps(summary, sort_keys=True))
