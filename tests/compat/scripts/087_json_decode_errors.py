import json

inputs = [
    '{"a": 1}',
    '{"a": 1,}',
    "{'a': 1}",
    '[1, 2',
    '',
    '{"a": NaN}',
    '{"a": tru}',
    '"unterminated',
    '42',
    '{"a": 1} extra',
]

for text in inputs:
    try:
        value = json.loads(text)
        print(f"OK    {text!r:<20} -> {value!r}")
    except json.JSONDecodeError as e:
        print(f"ERROR {text!r:<20} -> {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")
    except ValueError as e:
        print(f"ERROR {text!r:<20} -> ValueError")


def safe_parse(text, default=None):
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return default


print(safe_parse('{"x": [1, 2]}'), safe_parse("oops", {}), safe_parse(None, "none"))
print(issubclass(json.JSONDecodeError, ValueError))
