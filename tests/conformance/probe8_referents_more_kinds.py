# gc.get_referents / is_tracked for object kinds the earlier rounds left out.
import gc, functools, collections, itertools
def names(objs):
    return [type(o).__name__ for o in objs]
lst = [1, 2]
d = {"k": [1]}
print("reversed", names(gc.get_referents(reversed(lst))), gc.is_tracked(reversed(lst)))
print("dict_keyiterator", names(gc.get_referents(iter(d))), "dict_keys", names(gc.get_referents(d.keys())))
print("dict_items", names(gc.get_referents(d.items())), "dict_itemiterator", names(gc.get_referents(iter(d.items()))))
print("range_iterator", names(gc.get_referents(iter(range(3)))), gc.is_tracked(iter(range(3))))
print("str_iterator", names(gc.get_referents(iter("ab"))), "tuple_iterator", names(gc.get_referents(iter((1, [])))))
def f(a, b):
    return a
p = functools.partial(f, [1], b=2)
print("partial", names(gc.get_referents(p)))
dq = collections.deque([[1], (2,)])
print("deque", names(gc.get_referents(dq)), "deque_iterator", names(gc.get_referents(iter(dq))))
print("repeat", names(gc.get_referents(itertools.repeat([1]))))
print("slice", names(gc.get_referents(slice(1, [2], None))), gc.is_tracked(slice(1, 2)))
class A:
    def m(self):
        return super()
a = A()
print("super", names(gc.get_referents(a.m())))
print("mappingproxy", names(gc.get_referents(A.__dict__)))
try:
    raise ValueError("x")
except ValueError as e:
    err = e
print("exception", sorted(names(gc.get_referents(err))))
e2 = KeyError("k")
e2.__context__ = err
e2.__cause__ = TypeError()
print("exception chained", sorted(names(gc.get_referents(e2))))
print("filter", names(gc.get_referents(filter(None, lst))), "zip", names(gc.get_referents(zip(lst))))
print("chain", names(gc.get_referents(itertools.chain(lst, "ab"))))
print("property", names(gc.get_referents(property(f, f, f, "doc"))))
print("classmethod", names(gc.get_referents(classmethod(f))), "staticmethod", names(gc.get_referents(staticmethod(f))))
print("frozenset", sorted(names(gc.get_referents(frozenset([(1, 2), "s"])))), gc.is_tracked(frozenset([1])))
print("callable_iterator", names(gc.get_referents(iter(lambda: 1, 0))))
print("enumerate", names(gc.get_referents(enumerate(lst, 5))))
print("nested func", sorted(names(gc.get_referents(f))))
gen = (x for x in lst)
print("genexpr tracked", gc.is_tracked(gen), "list_iterator tracked", gc.is_tracked(iter(lst)))
print("weakref", names(gc.get_referents(__import__("weakref").ref(a))))
print("bytearray", gc.get_referents(bytearray(b"x")), gc.is_tracked(bytearray(b"x")))
print("int subclass", names(gc.get_referents(type("I", (int,), {})(5))))
