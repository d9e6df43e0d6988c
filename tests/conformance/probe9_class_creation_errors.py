def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    pass
class B(A):
    pass
def mro_conflict():
    class C(A, B):
        pass
attempt("mro", mro_conflict)
def dup():
    class D(A, A):
        pass
attempt("dup", dup)
class InitRet:
    def __init__(self):
        return 5
attempt("init-ret", lambda: InitRet())
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
attempt("new-other", lambda: NewOther())
class NewSub:
    def __new__(cls, *a):
        return object.__new__(NewSubChild)
    def __init__(self, *a):
        print("init called with", a)
class NewSubChild(NewSub):
    pass
attempt("new-sub", lambda: type(NewSub(1)).__name__)
attempt("obj-new-args", lambda: object.__new__(A, 1))
attempt("A-args", lambda: A(1))
class OnlyInit:
    def __init__(self, x):
        self.x = x
attempt("onlyinit", lambda: object.__new__(OnlyInit, 1).__class__.__name__)
attempt("obj-init-args", lambda: object.__init__(A(), 1))
attempt("obj-new-int", lambda: object.__new__(int))
attempt("obj-new-notype", lambda: object.__new__(1))
a = A()
def set_class():
    a.__class__ = B
    return type(a).__name__
attempt("set-class", set_class)
def set_class_bad():
    a.__class__ = int
attempt("set-class-int", set_class_bad)
def set_class_builtin():
    x = 5
    x.__class__ = bool
attempt("set-class-builtin", set_class_builtin)
def set_dict():
    a.__dict__ = {"k": 1}
    return a.k
attempt("set-dict", set_dict)
def set_dict_bad():
    a.__dict__ = 1
attempt("set-dict-bad", set_dict_bad)
attempt("vars-int", lambda: vars(1))
attempt("vars-two", lambda: vars(1, 2))
def bool_base():
    class X(bool):
        pass
attempt("bool-base", bool_base)
def bad_base():
    class Y(5):
        pass
attempt("int-base", bad_base)
def func_base():
    class Z(attempt):
        pass
attempt("func-base", func_base)
attempt("type-1", lambda: type(5, (), {}))
attempt("bases", lambda: (B.__bases__, B.__base__, A.__base__, object.__base__))
