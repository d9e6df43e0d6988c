import gc
def g(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran", box[0])
box = ["b1"]
it = g(box)
next(it)
box.append(it)
del it, box
print("before collect")
n = gc.collect()
print("collected", n > 0)
def h():
    try:
        yield
    finally:
        print("h finally")
x = h()
next(x)
x2 = x
del x
print("still alive")
del x2
print("after del")
class Holder:
    pass
def k(hld):
    hld.gen = None
    yield "k"
hh = Holder()
kk = k(hh)
hh.kk = kk
del kk, hh
print(gc.collect() >= 2)
def unstarted():
    try:
        yield
    finally:
        print("never printed")
u = unstarted()
del u
print("end")
