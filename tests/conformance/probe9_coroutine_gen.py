def averager():
    total = 0
    count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            break
        total += term
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
next(a)
print(a.send(10), a.send(20), a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, vals in [("a", [1, 2]), ("b", [5])]:
    gr = grouper(results, key)
    next(gr)
    for v in vals:
        gr.send(v)
    gr.send(None)
print(results)
def echo():
    received = []
    try:
        while True:
            x = yield
            received.append(x)
    finally:
        print("echo closing with", received)
e = echo()
next(e)
e.send(1)
e.send(2)
del e
print("after del")
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, gs.gi_code.co_name, gs.__name__, gs.__qualname__)
next(gs)
next(gs, None)
print(gs.gi_frame, gs.gi_yieldfrom)
def gen_with_return():
    return 1
    yield
print(list(gen_with_return()))
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print(e, repr(e.__cause__))
