# gc.get_referrers / get_referents of a frame's locals and of containers.
import gc, sys

class Thing:
    pass

def names_of(objs):
    out = []
    for o in objs:
        if type(o).__name__ == "frame":
            out.append("frame:" + o.f_code.co_name)
        elif isinstance(o, dict) and "__name__" in o:
            out.append("module-dict")
        elif isinstance(o, dict):
            out.append("dict" + str(sorted(o)))
        else:
            out.append(type(o).__name__)
    return sorted(out)

def holder():
    t = Thing()
    box = [t]
    d = {"k": t}
    fr = sys._getframe()
    refs = gc.get_referrers(t)
    print(names_of(r for r in refs if r is not fr))
    print(any(r is fr for r in refs) or "frame-not-listed")
    print(len(gc.get_referents(box)), gc.get_referents(box)[0] is t)
    print(sorted(type(r).__name__ for r in gc.get_referents(d)))
    return t

t = holder()
print(names_of(gc.get_referrers(t)))
inst = Thing()
inst.attr = [1]
print(sorted(type(x).__name__ for x in gc.get_referents(inst)))
print(gc.get_referents(1, "a", None), gc.get_referents())
pair = ([], {})
print([type(x).__name__ for x in gc.get_referents(pair)])
print([type(x).__name__ for x in gc.get_referents({"a": [], "b": ()})])
print(sorted(type(x).__name__ for x in gc.get_referents(Thing)))
