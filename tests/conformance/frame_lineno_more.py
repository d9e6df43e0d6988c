# f_lineno of a caller read where gclab's loop saves the frame's position
# only on a slow path: an arithmetic dunder (generic BINARY_OP), a class's
# __next__ in a for loop, a __del__ run when a local is rebound.
import sys
def up():
    f = sys._getframe(2)
    return f.f_lineno - f.f_code.co_firstlineno
class V:
    def __add__(self, o):
        return up()
    def __iter__(self):
        return self
    def __next__(self):
        return up()
    def __del__(self):
        print("del at", up())

def gen(out):
    out.append(up())
    yield 1

def f():
    v = V()
    r = [v + 1]
    for x in v:
        r.append(x)
        break
    v = None
    r.append(0)
    total = sum(
        x for x in
        gen(r)
    )
    return r
print(f())
