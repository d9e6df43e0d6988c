import collections
from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["debug"], len(cm), list(cm), sorted(cm.items()), cm)
print("user" in cm, "x" in cm, cm.get("x", 0), cm.get("color"), bool(cm), bool(ChainMap()), ChainMap())
cm["color"] = "blue"
print(cli, defaults["color"], cm.maps[0] is cli)
child = cm.new_child({"color": "green"})
print(child["color"], child.parents["color"], len(child.maps), child.new_child()["color"], cm.new_child(x=1).maps[0])
del cm["color"]
print(cm["color"])
for bad in (lambda: cm.__delitem__("user"), lambda: ChainMap({}, {"a": 1}).pop("a"), lambda: ChainMap().popitem(), lambda: cm["nope"]):
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)
print(cm.pop("nope", "dflt"), cm.setdefault("new", 5), cli, list(cm.keys()), list(cm.values()), cm.keys(), repr(cm.items())[:20])
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}), ChainMap.fromkeys("ab", 0), cm.copy().maps[1] is env)
print(ChainMap({"a": 1}) | {"b": 2}, {"z": 0} | ChainMap({"a": 1}), type({"z": 0} | ChainMap({"a": 1})).__name__)
c2 = ChainMap({"a": 1})
c2 |= {"b": 2}
print(c2, ("a", 1) in c2.items(), 2 in c2.values(), "b" in c2.keys())
c2.update({"c": 3}, d=4)
c2.update([("e", 5)])
print(c2)
rec = ChainMap()
rec.maps[0]["self"] = rec
print(rec)
try:
    hash(ChainMap())
except TypeError as e:
    print("TypeError", e)
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"
print(DefaultChain({"a": 1})["zz"], DefaultChain({"a": 1}).get("zz"))
import copy
print(copy.copy(cm) == cm, copy.deepcopy(cm) == cm, type(copy.deepcopy(cm)).__name__)
