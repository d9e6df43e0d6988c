# f_lineno of a caller read from a Python dunder the loop runs for a
# comparison, a subscript, a truth test, an item assignment, a property, a
# generator the caller iterates, and from functions it calls.
import sys
def up():
    f = sys._getframe(2)
    return f.f_lineno - f.f_code.co_firstlineno
class V:
    def __eq__(self, o):
        return up()
    def __getitem__(self, i):
        return up()
    def __setitem__(self, i, v):
        self.s = up()
    def __len__(self):
        return up()
    def __bool__(self):
        self.b = up()
        return True
    @property
    def p(self):
        return up()

def gen(out):
    out.append(up())
    yield 1
    out.append(up())
    yield 2

def f():
    v = V()
    r = [v == 2]
    r.append(v[0])
    v[1] = 5
    r.append(v.s)
    r.append(len(v))
    if v:
        r.append(v.b)
    r.append(v.p)
    out = []
    for x in gen(out):
        pass
    r.append(out)
    return r
print(f())
