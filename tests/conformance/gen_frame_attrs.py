# Generator attributes and their frames' f_back while running and suspended.
import sys

def gen():
    me = yield "start"
    print("running inside", g.gi_running, g.gi_suspended)
    fr = sys._getframe()
    print("f_back while running", fr.f_back.f_code.co_name)
    yield from sub()
    yield "end"

def sub():
    yield "sub1"
    yield "sub2"

g = gen()
print(g.gi_running, g.gi_suspended, g.gi_code.co_name, g.gi_yieldfrom, g.gi_frame.f_back)
print(next(g))
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_back)
def driver():
    return g.send(None)
print(driver())
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name, g.gi_yieldfrom.gi_running)
print(g.gi_frame.f_back, g.gi_yieldfrom.gi_frame.f_back)
print(next(g), g.gi_yieldfrom is not None)
print(next(g), g.gi_yieldfrom)
for _ in g:
    pass
print(g.gi_running, g.gi_suspended, g.gi_frame, g.gi_yieldfrom, g.gi_code.co_name)

def genback():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_back.f_code.co_name
def caller1(it):
    return next(it)
def caller2(it):
    return next(it)
it = genback()
print(caller1(it), caller2(it))

