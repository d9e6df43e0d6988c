class C:
    def m(self):
        pass
    @property
    def p(self):
        return 1
    __slots__ = ("s",)
print(type(C.__dict__["m"]).__name__, type(C.__dict__["p"]).__name__, type(C.__dict__["s"]).__name__)
print(repr(C.__dict__["s"]).startswith("<member 's' of 'C' objects>"), C.s.__name__, C.s.__objclass__ is C)
print(type(list.append).__name__, list.append.__name__, list.append.__objclass__ is list, list.append.__qualname__)
print(type([].append).__name__, [].append.__self__, [].append.__name__, [].append.__qualname__)
print(type(int.real).__name__, int.real.__name__, int.real.__objclass__ is int)
print(type(dict.__dict__["fromkeys"]).__name__, type(dict.fromkeys).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__, type(C.__init__).__name__)
print(type(str.__add__).__name__, type("".__add__).__name__, str.__add__.__objclass__ is str)
print(list.append.__get__([1]).__self__, list.__dict__["append"].__get__(None, list) is list.__dict__["append"])
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError", e)
try:
    int.real.__get__("x")
except TypeError as e:
    print("TypeError", e)
try:
    C.s.__get__(5)
except TypeError as e:
    print("TypeError", e)
try:
    C.s.__set__(5, 1)
except TypeError as e:
    print("TypeError", e)
print(C.p.fget.__name__, callable(C.m), C.m.__name__, C().m.__func__ is C.m)
