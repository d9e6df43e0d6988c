# classmethod/staticmethod objects, chains and attributes
class C:
    @staticmethod
    def s(x):
        return ('s', x)
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
    @classmethod
    @property
    def cp(cls):
        return 'cp of ' + cls.__name__

class D(C):
    pass

print(C.s(1), C().s(2), D.c(3), D().c(4))
print(C.cp, D.cp)
sm = C.__dict__['s']
cm = C.__dict__['c']
print(type(sm).__name__, type(cm).__name__)
print(sm(5))
print(sm.__func__ is C.s, cm.__func__.__name__)
print(sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(C.c.__self__ is C, D.c.__self__ is D)
print(sm.__name__, cm.__qualname__, sm.__isabstractmethod__)
def free(*a):
    return a
print(classmethod(free).__get__(None, int)(1))
print(staticmethod(free).__get__(None, int)(1))
print(classmethod(free).__get__(5)(2))
bound = C.c
print(bound.__func__ is cm.__func__, bound == D.c, bound == C.c)
try:
    classmethod(5)(1)
except TypeError as e:
    print("TypeError", e)
try:
    C.__dict__['c'](1)
except TypeError as e:
    print("TypeError", e)
