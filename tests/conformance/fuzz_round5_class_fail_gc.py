# difffuzz round 5: a class statement CPython refuses leaves nothing for the cycle collector (seed 50700065)
import gc
class XA:
    pass
class XB(XA):
    pass
gc.collect()
for attempt in range(4):
    try:
        if attempt == 0:
            class Bad(XA, XA):
                pass
        elif attempt == 1:
            class Bad(XA, XB):
                pass
        elif attempt == 2:
            class Bad(XA):
                __slots__ = ('no good',)
        else:
            class Bad(XA):
                __slots__ = ('__dict__',)
    except TypeError as e:
        print(type(e).__name__, e)
    print(gc.collect(), [c.__name__ for c in XA.__subclasses__()])
