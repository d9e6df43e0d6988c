# weakref.proxy in an object graph: forwarding calls, operators,
# attribute writes, callbacks, and what happens when the referent dies.
import gc
import weakref


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, k=1):
        self.n += k
        return self.n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i * self.n

    def __add__(self, other):
        return self.n + other

    def __iter__(self):
        return iter(range(self.n))

    def __contains__(self, x):
        return x == 'magic'


died = []
c = Counter()
p = weakref.proxy(c, lambda r: died.append(type(r).__name__))
print(p(), p(5), len(p), p[3], p + 1, list(p)[:3], 'magic' in p, 'x' in p)
p.n = 2
p.extra = 'set through proxy'
print(c.n, c.extra, p.extra, hasattr(p, 'missing'))
del p.extra
print(hasattr(c, 'extra'), bool(p), type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
p2 = weakref.proxy(c)
print(p2 == p, weakref.getweakrefcount(c), isinstance(p, Counter), p.__class__.__name__)
del c
gc.collect()
print(died)
for op in [lambda: p.n, lambda: p(), lambda: len(p), lambda: p + 1, lambda: str(p)]:
    try:
        op()
    except ReferenceError as e:
        print('ReferenceError:', e)


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        return (self.parent.path() + '/' if self.parent is not None else '') + self.name


root = Node('root')
kid = Node('kid', root)
leaf = Node('leaf', kid)
print(leaf.path(), len(root.children))
del root
gc.collect()
try:
    print(leaf.path())
except ReferenceError as e:
    print('ReferenceError:', e)
