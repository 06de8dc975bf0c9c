import json

flat = {
    "app.name": "demo",
    "app.debug": "false",
    "db.primary.host": "10.0.0.5",
    "db.primary.port": "5432",
    "db.replica.host": "10.0.0.6",
    "db.replica.port": "5433",
    "features.0": "search",
    "features.1": "export",
    "max_users": "250",
}


def coerce(value):
    if value in ("true", "false"):
        return value == "true"
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value


def unflatten(d, sep="."):
    root = {}
    for key, value in d.items():
        parts = key.split(sep)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = coerce(value)
    return root


def lists_from_numeric_keys(node):
    if isinstance(node, dict):
        node = {k: lists_from_numeric_keys(v) for k, v in node.items()}
        if node and all(k.isdigit() for k in node):
            return [node[k] for k in sorted(node, key=int)]
    return node


nested = lists_from_numeric_keys(unflatten(flat))
print(json.dumps(nested, indent=2))
print(nested["db"]["replica"]["port"] + 1, nested["features"][-1])
