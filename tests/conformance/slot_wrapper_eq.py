# object.__init__ and __hash__ are slot wrappers; method-wrappers and built-in methods compare and hash by (function, self); str.__mod__/__rmod__ wrappers
a = []
x = object()
print((1).__add__ == (1).__add__, (1).__add__ != (1).__add__, (1).__add__ == (2).__add__, (1).__add__ == (1).__sub__)
print(hash((1).__add__) == hash((1).__add__), x.__init__ == x.__init__, x.__hash__ == x.__hash__)
print(a.append == a.append, a.append == [].append, hash(a.append) == hash(a.append), a.append != a.pop)
print(len([(1).__add__, (1).__add__]), len({(1).__add__, (1).__add__}), len({a.append, a.append}))
try:
    (1).__add__ < (1).__add__
except TypeError as e:
    print(e)
try:
    a.append < a.append
except TypeError as e:
    print(e)
print(object.__init__, object.__hash__, type(object.__init__).__name__, type(x.__init__).__name__)
print(object.__init__.__name__, object.__init__.__qualname__, object.__init__.__objclass__)
print(int.__add__, str.__mod__, str.__rmod__, '%s-%s'.__mod__((1, 2)), 'x'.__rmod__('%s'))
class A:
    def __init__(self, v):
        object.__init__(self)
        self.v = v
print(A(3).v)
for args in [(), (x, 1)]:
    try:
        object.__init__(*args)
    except TypeError as e:
        print(e)
try:
    object.__init__(A(1), 1)
except TypeError as e:
    print(e)
try:
    object.__hash__(x, 1)
except TypeError as e:
    print(e)
print(object.__hash__(x) == hash(x))
