import gc

log = []
def gen(name):
    try:
        log.append("start " + name)
        yield 1
        yield 2
    finally:
        log.append("finally " + name)

g1 = gen("g1")
next(g1)
g2 = gen("g2")
next(g2)
g3 = gen("g3")
holder = [g1, g2, g3]
del g1, g2, g3
holder.clear()
print(log)
log.clear()
def selfref():
    me = yield
    try:
        yield "x"
    finally:
        log.append("selfref finally")
s = selfref()
next(s)
s.send(s)
del s
print("before collect", log)
gc.collect()
print("after collect", log)
log.clear()
def nested():
    try:
        yield from gen("inner")
    finally:
        log.append("outer finally")
n = nested()
next(n)
n.close()
print(log)
log.clear()
def gen_exit_catch():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught exit")
        raise
ge = gen_exit_catch()
next(ge)
ge = None
print(log)
def gen_in_except():
    try:
        raise KeyError("ctx")
    except KeyError:
        yield 1
        yield 2
gi = gen_in_except()
next(gi)
try:
    raise ValueError("outer")
except ValueError as v:
    print(repr(v.__context__))
    print(next(gi))
