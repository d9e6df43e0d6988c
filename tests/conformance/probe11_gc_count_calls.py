# A GC researcher measures how many gen-0 containers everyday calls cost
# right after a full collection (which empties CPython's free lists): the
# argument tuples of METH_VARARGS built-ins, hasattr's miss, set displays.
import gc, sys

class Config:
    debug = False
    def __init__(self):
        self.name = "cfg"

cfg = Config()
S = {1, 2, 3}
D = {"a": 1}

def delta(label, fn):
    gc.collect()
    before = gc.get_count()[0]
    keep = fn()
    kept = gc.get_count()[0] - before
    del keep
    print(f"{label:22} kept={kept} after={gc.get_count()[0] - before}")

gc.disable()
for rnd in range(2):
    print("round", rnd)
    delta("baseline", lambda: None)
    delta("hasattr hit", lambda: hasattr(cfg, "name"))
    delta("hasattr miss", lambda: hasattr(cfg, "missing"))
    delta("getattr default", lambda: getattr(cfg, "missing", None))
    delta("vars(obj)", lambda: vars(cfg))
    delta("vars(cls)", lambda: vars(Config))
    delta("str.format", lambda: "{}-{}".format(1, 2))
    delta("str.format kw", lambda: "{a}".format(a=1))
    delta("str.find", lambda: "haystack".find("st"))
    delta("str.count", lambda: "banana".count("a"))
    delta("str.startswith", lambda: "prefix".startswith("pre"))
    delta("str.endswith tuple", lambda: "file.py".endswith((".py", ".txt")))
    delta("str.index", lambda: "abc".index("c"))
    delta("bytes.find", lambda: b"abc".find(b"b"))
    delta("set.union", lambda: S.union([4]))
    delta("set.intersection", lambda: S.intersection({2, 9}))
    delta("set.issubset", lambda: S.issubset(range(5)))
    delta("dict.update", lambda: dict(D).update({"b": 2}))
    delta("dict.update kw", lambda: {}.update(x=1))
    delta("sys.getsizeof", lambda: sys.getsizeof(S))
    delta("set display", lambda: {1, 2, 3})
    delta("in set display", lambda: 2 in {1, 2, 3})
    delta("tuple(genexp)", lambda: tuple(x for x in "abc"))
    delta("tuple(set)", lambda: tuple(S))
    delta("tuple(map)", lambda: tuple(map(str, S)))
print(sorted({5, 3, 9}), {"b", "a"} == {"a", "b"}, list({10, 20, 30, 40}))
gc.enable()
