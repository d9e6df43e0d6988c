import gc

class Box:
    pass

target = Box()
holder_list = [target]
holder_dict = {"k": target}
holder_tuple = (target, 1)
b = Box()
b.attr = target

def kinds(objs):
    out = []
    for o in objs:
        if o is holder_list:
            out.append("list")
        elif o is holder_dict:
            out.append("dict")
        elif o is holder_tuple:
            out.append("tuple")
        elif o is b or (type(o) is dict and o.get("attr") is target):
            out.append("instance")
        elif o is globals():
            out.append("globals")
    return sorted(out)

print(kinds(gc.get_referrers(target)))
del holder_dict["k"]
print(kinds(gc.get_referrers(target)))
print(gc.get_referrers() == [])
r = gc.get_referents(holder_list, holder_tuple)
print(len(r), [type(x).__name__ for x in r], r[0] is target, r[2] is target)
print(gc.get_referents(1, "s", None))
print(sorted(gc.get_referents({"a": 1, "b": 2}), key=str))
