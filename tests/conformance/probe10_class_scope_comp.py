class C:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    k = 10
    try:
        zs = [x * k for x in xs]
    except NameError as e:
        err = str(e)
    first = xs[0]
    gen_ok = list(x for x in xs)
    d = {x: x for x in range(2)}
print(C.ys, C.err, C.gen_ok, C.d, hasattr(C, "x"))
class D:
    a = 1
    def m(self):
        try:
            return a
        except NameError as e:
            return "NameError " + str(e)
    b = a + 1
    lam = lambda self: b if False else "lam"
print(D().m(), D.b, D().lam())
def outer():
    v = "outer-v"
    class Inner:
        v = "class-v"
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())
def outer2():
    v = "o2"
    class Inner:
        try:
            print("in class body", v)
        except NameError as e:
            print("NameError", e)
        v = "shadow"
        u = v
    return Inner.u
print(outer2())
class Q:
    __private = 5
    def get(self):
        return self.__private
print(Q().get(), Q._Q__private, hasattr(Q, "__private"))
class Base:
    name = "base"
class Der(Base):
    upper = name.upper() if False else "n/a"
    items = [i for i in range(3)]
print(Der.items, sorted(k for k in vars(Der) if not k.startswith("__")))
print(C.__qualname__, D.m.__qualname__, outer.__qualname__)
