class A:
    __slots__ = ("x",)
class B:
    pass
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
        if isinstance(e, AttributeError):
            print("  name", e.name, type(e.obj).__name__)
show(lambda: A().x)
show(lambda: A().y)
show(lambda: setattr(A(), "y", 1))
show(lambda: B().nope)
show(lambda: B.nope)
show(lambda: int.nope)
show(lambda: (1).nope)
show(lambda: "s".nope)
show(lambda: None.nope)
show(lambda: [].nope)
show(lambda: {}["k"])
show(lambda: {}[("a", 1)])
show(lambda: {}[None])
show(lambda: {1: 2}[2.5])
show(lambda: set().remove(frozenset()))
show(lambda: [][0])
show(lambda: ()[5])
show(lambda: "ab"[9])
show(lambda: range(3)[3])
show(lambda: b""[0])
show(lambda: bytearray()[0])
show(lambda: delattr(B(), "q"))
import sys
show(lambda: sys.nope)
import math
show(lambda: math.nope)
