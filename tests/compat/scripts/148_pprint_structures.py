from pprint import pprint, pformat

data = {
    "service": "billing",
    "replicas": [{"id": i, "zone": z, "healthy": i != 2} for i, z in enumerate(["eu-1a", "eu-1b", "eu-1c"])],
    "limits": {"cpu": "500m", "memory": "256Mi"},
    "tags": ["prod", "critical", "pci"],
    "history": list(range(30)),
}

pprint(data)
print()
pprint(data, width=60, sort_dicts=False)
print()
pprint(data["replicas"], depth=1)
text = pformat({"b": 1, "a": [1, 2, 3]}, indent=2)
print(text)
pprint({"z": {"y": {"x": {"w": {"v": 1}}}}}, depth=2)
pprint("a fairly long string " * 5, width=40)
pprint([("tuple", 1), ("tuple", 2)], compact=True, width=30)
