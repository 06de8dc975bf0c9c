import json
from datetime import date, datetime
from decimal import Decimal


class ReportEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, (date, datetime)):
            return obj.isoformat()
        if isinstance(obj, Decimal):
            return str(obj)
        if isinstance(obj, set):
            return sorted(obj)
        return super().default(obj)


report = {
    "generated": datetime(2024, 5, 1, 12, 0),
    "period": {"from": date(2024, 4, 1), "to": date(2024, 4, 30)},
    "revenue": Decimal("12345.60"),
    "regions": {"north", "east", "south"},
}
print(json.dumps(report, cls=ReportEncoder, indent=2))


def fallback(obj):
    if isinstance(obj, Decimal):
        return float(obj)
    raise TypeError(f"not serializable: {type(obj).__name__}")


print(json.dumps({"total": Decimal("9.99")}, default=fallback))
try:
    json.dumps({"when": object()}, default=fallback)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"d": date(2024, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
