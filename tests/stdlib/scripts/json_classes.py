import json
from datetime import date


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)


print(json.dumps({"tags": {"b", "a"}, "day": date(2024, 3, 1)}, cls=Encoder, indent=2, sort_keys=True))
print(Encoder(separators=(",", ":")).encode([1, {"x": {3}}]))
try:
    json.dumps(object(), cls=Encoder)
except TypeError as e:
    print("TypeError:", e)


class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)


print(json.loads('{"a": {"b": 1}}', cls=Decoder))
print(json.JSONDecoder(parse_int=float).decode("[1, 2]"))
try:
    json.loads("[1,]")
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
import io
buf = io.StringIO()
json.dump({"k": "é"}, buf, ensure_ascii=False)
print(buf.getvalue(), json.load(io.StringIO('{"k": [1]}')))
