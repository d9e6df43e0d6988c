# list(), tuple(), sorted() and list.extend ask __len__ for a length hint:
# a negative length or an error other than TypeError stops them
class S:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i
    def __len__(self):
        return self.n
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for n in [-1, 0, 5, "x", 2.5, None]:
    t(lambda: list(S(n)))
    t(lambda: tuple(S(n)))
    t(lambda: sorted(S(n)))
    l = [9]
    def ext():
        l.extend(S(n))
        return l
    t(ext)
class E:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        raise KeyError("k")
t(lambda: list(E()))
t(lambda: [x for x in E()])
t(lambda: sum(E()))
