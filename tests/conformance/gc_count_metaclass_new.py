# gc.get_count() around a class made through a metaclass and around
# T.__new__ called directly, as CPython 3.11 counts them: a metaclass
# other than type has its MRO computed by calling mro(), which lists it
# (a list back on its free list) before mro_invoke makes it a tuple; a
# built-in T.__new__ is METH_VARARGS | METH_KEYWORDS (an argument tuple)
# and slices the type off it (a second tuple).  Also type.__new__'s own
# argument-count message, and property.__set_name__'s argument tuple
# (METH_VARARGS) at each class with a property.
import gc

keep = []


def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


class Meta(type):
    pass


class Meta2(Meta):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)


class C:
    pass


def plain():
    class K:
        pass
    keep.append(K)


def with_type():
    class K(metaclass=type):
        pass
    keep.append(K)


def with_meta():
    class K(metaclass=Meta):
        pass
    keep.append(K)


def with_meta2():
    class K(C, metaclass=Meta2):
        pass
    keep.append(K)


def with_property():
    class K:
        @property
        def p(self):
            return 1
    keep.append(K)


delta('class K', plain)
delta('class K with a property', with_property)
delta('class K(metaclass=type)', with_type)
delta('class K(metaclass=Meta)', with_meta)
delta('class K(C, metaclass=Meta2)', with_meta2)
delta('Meta(...)', lambda: keep.append(Meta('X', (), {})))
delta('type(...)', lambda: keep.append(type('X', (), {})))
delta('type.__new__(Meta, ...)', lambda: keep.append(type.__new__(Meta, 'X', (), {})))
delta('type.__new__(type, ...)', lambda: keep.append(type.__new__(type, 'X', (), {})))
delta('object.__new__(C)', lambda: object.__new__(C))
delta('int.__new__(int, 5)', lambda: int.__new__(int, 5))
delta('int.__new__(int)', lambda: int.__new__(int))
delta('list.__new__(list)', lambda: list.__new__(list))
delta('tuple.__new__(tuple, [1])', lambda: tuple.__new__(tuple, [1]))
delta('dict.__new__(dict, a=1)', lambda: dict.__new__(dict, a=1))


class New:
    def __new__(cls, *args):
        return super().__new__(cls)


delta('New(1, 2)', lambda: New(1, 2))
print(keep[2].__mro__ == (keep[2], object), type(keep[6].__mro__).__name__)
for args in [(type, 3), (type,), (type, 'a', (), {}, 4), (type, 1, (), {})]:
    try:
        type.__new__(*args)
    except TypeError as e:
        print(len(args), e)
try:
    type('a', 'b')
except TypeError as e:
    print(e)
