log = []
class D(dict):
    def keys(self):
        log.append("keys")
        return ["x"]
    def __getitem__(self, k):
        log.append("getitem " + str(k))
        return "over"
class DI(D):
    def __iter__(self):
        log.append("iter")
        return iter(["x"])

def show(label, f):
    log.clear()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, r, log)

d = D(a=1)
di = DI(a=1)
show("dict(d)", lambda: dict(d))
show("dict(di)", lambda: dict(di))
show("{**d}", lambda: {**d})
show("{**di}", lambda: {**di})
show("update(d)", lambda: (lambda t: (t.update(d), t)[1])({}))
show("update(di)", lambda: (lambda t: (t.update(di), t)[1])({}))
show("call(**d)", lambda: (lambda **kw: kw)(**d))
show("call(**di)", lambda: (lambda **kw: kw)(**di))
show("d['a']", lambda: d["a"])
show("d.get", lambda: d.get("a"))
show("list(d)", lambda: list(d))
show("list(di)", lambda: list(di))
show("d |", lambda: d | {"b": 2})
show("copy", lambda: d.copy())
show("items", lambda: list(d.items()))
show("in", lambda: "a" in d)
show("eq", lambda: d == {"a": 1})
class L(list):
    def __getitem__(self, i):
        log.append("getitem")
        return "over"
    def __len__(self):
        log.append("len")
        return 99
l = L([1, 2])
show("for", lambda: [x for x in l])
show("list(l)", lambda: list(l))
show("tuple(l)", lambda: tuple(l))
show("join", lambda: ",".join(L(["a", "b"])))
show("l[0]", lambda: l[0])
show("len(l)", lambda: len(l))
show("bool(l)", lambda: bool(l))
show("unpack", lambda: (lambda a, b: (a, b))(*l))
show("sorted", lambda: sorted(l))
show("sum", lambda: sum(l))
show("eq", lambda: l == [1, 2])
show("slice", lambda: l[0:1])
show("concat", lambda: l + [3])
show("in", lambda: 2 in l)
show("a,b=l", lambda: (lambda: [a for a in [0]] and (lambda t: t)(tuple(l)))())
class T(tuple):
    def __iter__(self):
        log.append("T.iter")
        return iter(["t"])
t = T((1, 2))
show("list(t)", lambda: list(t))
show("unpack t", lambda: (lambda *a: a)(*t))
show("tuple(t)", lambda: tuple(t))
show("set(t)", lambda: set(t))
show("t + ()", lambda: t + ())
show("join t", lambda: "".join(T(("a",))))
class Once:
    def __iter__(self):
        log.append("Once.iter")
        return iter(["p", "q"])
show("join once", lambda: "-".join(Once()))
show("slice assign once", lambda: (lambda z: (z.__setitem__(slice(0, 1), Once()), z)[1])([1, 2]))
show("ext slice once", lambda: (lambda z: (z.__setitem__(slice(None, None, 2), Once()), z)[1])([1, 2, 3]))
show("dict pairs T", lambda: dict([T(("k", "v"))]))
show("l[:] = l", lambda: (lambda z: (z.__setitem__(slice(None), z), z)[1])(L([1, 2])))
show("extend self", lambda: (lambda z: (z.extend(z), list.__len__(z))[1])(L([1, 2])))
