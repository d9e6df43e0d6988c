counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
print(bump(), bump(5), counter)
def reader():
    return counter * 2
print(reader())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def bad():
    try:
        print(counter)
        counter = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad()
def make():
    state = {"n": 0}
    level = 0
    def inc():
        nonlocal level
        level += 1
        state["n"] += 10
        return level, state["n"]
    def peek():
        return level
    return inc, peek
inc, peek = make()
print(inc(), inc(), peek())
def deep():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(deep())
def declare_later():
    global late_global
    late_global = "created"
declare_later()
print(late_global)
def del_global():
    global late_global
    del late_global
del_global()
try:
    late_global
except NameError as e:
    print("NameError:", e)
def loops():
    fns = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name
        fns[name] = f
    total = 0
    def add_all():
        nonlocal total
        for k in fns:
            total += len(fns[k]())
    add_all()
    return total, [fns[k]() for k in fns]
print(loops())
x = 10
def uses_builtin():
    return len("abc"), max(x, 3)
print(uses_builtin())
len = lambda s: 99
print(len("abc"))
del len
print(len("abc"))
print(sorted(k for k in globals() if k in ("counter", "x", "bump")))
