# difffuzz round 5: a class statement CPython refuses is not among its bases' __subclasses__() (seed 50500062)
class XA:
    pass
class XB(XA):
    pass
attempts = [
    "class Bad(XB, XA): pass",
    "class Bad(XA, XA): pass",
    "class Bad(XA):\n    __slots__ = ('1',)",
    "class Bad(XA):\n    __slots__ = ('__dict__',)",
]
for i, how in enumerate(attempts):
    try:
        if i == 0:
            class Bad(XA, XB):
                pass
        elif i == 1:
            class Bad(XA, XA):
                pass
        elif i == 2:
            class Bad(XA):
                __slots__ = ('1',)
        else:
            class Bad(XA):
                __slots__ = ('__dict__',)
    except TypeError as e:
        print(type(e).__name__, e)
    print([c.__name__ for c in XA.__subclasses__()], [c.__name__ for c in XB.__subclasses__()])
class Good(XB):
    pass
print([c.__name__ for c in XB.__subclasses__()])
