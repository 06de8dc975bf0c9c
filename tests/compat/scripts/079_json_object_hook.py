import json

payload = """
{"orders": [
  {"id": "o-1", "amount": "19.90", "created": "2024-02-01", "customer": {"id": 7, "name": "Lee"}},
  {"id": "o-2", "amount": "5.00", "created": "2024-02-03", "customer": {"id": 9, "name": "Kim"}},
  {"id": "o-3", "amount": "42.10", "created": "2024-02-03", "customer": {"id": 7, "name": "Lee"}}
]}
"""


class Obj:
    def __init__(self, d):
        self.__dict__.update(d)

    def __repr__(self):
        return "Obj(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


data = json.loads(payload, object_hook=Obj)
for o in data.orders:
    print(o.id, o.customer.name, o.amount)
print(data.orders[0].customer)


def convert_amounts(d):
    if "amount" in d:
        d["amount"] = float(d["amount"])
    return d


data2 = json.loads(payload, object_hook=convert_amounts)
per_customer = {}
for o in data2["orders"]:
    name = o["customer"]["name"]
    per_customer[name] = round(per_customer.get(name, 0) + o["amount"], 2)
print(per_customer)

ints_as_str = json.loads('{"big": 12345678901234567890, "f": 1.10}', parse_float=str)
print(ints_as_str, type(ints_as_str["big"]).__name__)
