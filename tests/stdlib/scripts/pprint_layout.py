# pprint: layout of nested JSON-like data, widths, indent, depth, compact, long strings, bytes, sets.
import pprint
data = {
    "name": "example", "version": 3, "tags": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "nested": {"a": [1, 2, 3], "b": {"c": (4, 5, 6), "d": None, "e": True}, "long": list(range(30))},
    "matrix": [[i * j for j in range(8)] for i in range(6)],
    "text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    "multi": "line one\nline two is here\nand a third line that is considerably longer than the others, to force a split",
    "empty": {}, "elist": [], "etuple": (), "single": (1,), "floats": [0.1, 2.5, 1e20, -3.75, 1/3],
    "records": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "active": i % 2 == 0} for i in range(4)],
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120, sort_dicts=False))
print(pprint.pformat(data, indent=4, width=60))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data["matrix"], compact=True, width=40))
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(list(range(40))))
pprint.pp(data["records"])
pprint.pp({"z": 1, "a": 2, "m": [3] * 30})
print(pprint.pformat("short"))
print(pprint.pformat(data["text"]))
print(pprint.pformat(data["text"], width=30))
print(pprint.pformat([data["text"], data["multi"]], width=50))
print(pprint.pformat({"key": data["text"]}, width=60))
print(pprint.pformat((data["text"],)))
print(pprint.pformat({1, 2, 3, 10, 7}), pprint.pformat(frozenset({3, 1})), pprint.pformat(set()))
print(pprint.pformat(set(range(40))))
print(pprint.pformat(frozenset(range(40)), width=30))
print(pprint.pformat({"s": set(range(30))}, width=50))
print(pprint.pformat(b"\x00\x01binary data that is fairly long and needs wrapping across lines" * 2))
print(pprint.pformat(bytearray(b"abcdefghijklmnopqrstuvwxyz" * 4), width=40))
print(pprint.pformat({"mixed": {1: "a", "b": 2, (3, 4): [5]}}))
print(pprint.pformat({(1, 2): "x", (0, 5): "y", (1, 0): "z"}))
print(pprint.pformat({2: "b", 1: "a", 10: "j", -3: "m"}))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10**12, 5], underscore_numbers=True))
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
d = {"k": 1}; d["self"] = d
print(pprint.pformat({"x": 1}), pprint.pformat([[[[[1]]]]], depth=3))
pp = pprint.PrettyPrinter(indent=2, width=50)
pp.pprint(data["nested"])
print(pp.pformat(data["records"][:2]))
import io
buf = io.StringIO()
pprint.pprint({"a": list(range(50))}, stream=buf, width=60)
print(buf.getvalue(), end="")
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
deep = {"level1": {"level2": {"level3": {"level4": {"level5": ["a" * 30, "b" * 30, "c" * 30]}}}}}
pprint.pprint(deep)
pprint.pprint(deep, width=30)
pprint.pprint([["x" * 50, "y" * 50], ("z" * 40, 12345, None)], width=60)
pprint.pprint({"unicode": "héllo wörld ünïcödé " * 5, "esc": "tab\there 'quote' \"dq\"" * 3})
