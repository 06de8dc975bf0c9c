from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
args = {"size": 5}
cm = ChainMap(args, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm))
print(sorted(cm), sorted(cm.items()), "color" in cm, "zz" in cm)
print(list(cm), list(cm.keys()), list(cm.values()))
print(cm.get("zz"), cm.get("zz", 0), cm.get("user"))
try:
    cm["zz"]
except KeyError:
    print("KeyError")
cm["new"] = 1
print(args, "new" in cm)
del cm["new"]
try:
    del cm["color"]
except KeyError:
    print("KeyError del")
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], len(child.maps))
print(ChainMap({"a": 1}).new_child()["a"], ChainMap(), bool(ChainMap({})), bool(cm))
print(cm)
print(dict(cm.items()) == {"color": "red", "user": "admin", "size": 5})
print(cm.pop("size"), args, cm["size"])
print(cm == ChainMap({"color": "red", "user": "admin", "size": 1}))
cp = cm.copy()
cp["x"] = 1
print("x" in cm, "x" in cp)
print(cm.setdefault("k", 7), args)
cm.update(z=26)
print(args)
cm.clear()
print(args, cm["user"])
