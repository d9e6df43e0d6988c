# CPython 3.11's compiler keeps one object per constant for the whole
# module (merge_consts_recursive): equal constants of different functions,
# lambdas, class bodies and the module body are the same object, and so are
# the items of constant tuples.  Strings that are not identifiers are not
# interned, so their identity comes from this merging alone.
import sys

def f1(): return 'x y z!'
def g1(): return 'x y z!'
print('str', f1() is g1())

def f2(): return (1, 2, 'a b')
def g2(): return (1, 2, 'a b')
print('tuple', f2() is g2())

def f3(): return 123456789012345678901234567890
def g3(): return 123456789012345678901234567890
print('big int', f3() is g3())

def f4(): return 1.5
def g4(): return 1.5
print('float', f4() is g4())

def f5(): return b'by tes'
def g5(): return b'by tes'
print('bytes', f5() is g5())

def f6(): return 1000
def g6(): return 1000
print('int', f6() is g6())

top = 'x y z!'
print('module body', top is f1())

class K:
    def m(self): return 'x y z!'
    attr = 'p q r'
print('method', K().m() is top)

def f8(): return (1, (2, 3))
def g8(): return (2, 3)
print('nested tuple', f8()[1] is g8())

def f9(): return ('p q r', 7)
print('tuple item', f9()[0] is K.attr)

lam = lambda: 'x y z!'
print('lambda', lam() is top)

def f10(): return 0.0
def g10(): return -0.0
print('zero and minus zero', f10() is g10(), str(g10()))

def f11(): return 1
def g11(): return 1.0
def h11(): return True
print('1, 1.0, True apart', type(f11()).__name__, type(g11()).__name__, type(h11()).__name__)

def f12(): return (1,)
def g12(): return (1.0,)
print('(1,) and (1.0,) apart', f12() is g12(), g12())
