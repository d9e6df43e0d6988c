# Which attributes of the built-in types are their own in CPython 3.11
# and of what kind: METH_COEXIST methods (list.__getitem__,
# dict.__getitem__/__contains__, set.__contains__) are method descriptors
# where the slot wrapper would be; __sizeof__/__format__/__reduce__ are
# the types' own where CPython defines them again; str/bytes.maketrans are
# static methods bound to their type (repr, text signature, __self__).
def noaddr(s):
    i = s.find(' at 0x')
    while i >= 0:
        j = s.find('>', i)
        s = s[:i] + s[j:]
        i = s.find(' at 0x')
    return s


def show(label, f):
    try:
        print(label, noaddr(str(f())))
    except Exception as e:
        print(label, type(e).__name__, e)


for t, names in ((list, ('__getitem__', '__contains__', '__len__', '__iter__', '__sizeof__', '__reversed__', '__class_getitem__', '__init__', '__repr__', '__add__')),
                 (dict, ('__getitem__', '__contains__', '__len__', '__sizeof__', '__reversed__', '__class_getitem__', '__or__', '__ior__')),
                 (str, ('__getitem__', '__contains__', '__sizeof__', '__format__', '__getnewargs__', 'maketrans', '__mod__')),
                 (tuple, ('__getitem__', '__contains__', '__getnewargs__', '__class_getitem__')),
                 (set, ('__contains__', '__sizeof__', '__reduce__', '__class_getitem__')),
                 (bytes, ('__getitem__', '__getnewargs__', 'maketrans', 'fromhex')),
                 (int, ('__sizeof__', '__format__', '__getnewargs__', '__trunc__', '__round__', '__index__')),
                 (float, ('__format__', '__getnewargs__', '__trunc__', '__round__')),
                 (object, ('__sizeof__', '__format__', '__reduce__', '__reduce_ex__', '__dir__', '__init_subclass__', '__subclasshook__'))):
    for n in names:
        a = getattr(t, n)
        show('%s.%s' % (t.__name__, n), lambda: (type(a).__name__, n in t.__dict__, a.__text_signature__, repr(a)))
show('[].__getitem__', lambda: type([].__getitem__).__name__)
show('{}.__contains__', lambda: type({}.__contains__).__name__)
show('[].__len__', lambda: type([].__len__).__name__)
show('list.__getitem__ kw', lambda: [1].__getitem__(0, x=1))
show('dict.__contains__ kw', lambda: {}.__contains__(0, x=1))
show('list.__getitem__ ()', lambda: list.__getitem__([1]))
show('dict.__contains__ ()', lambda: dict.__contains__({}))
show('list.__getitem__ bad', lambda: list.__getitem__((1,), 0))
show('str.maketrans', lambda: str.maketrans('ab', 'cd'))
show('str.maketrans doc', lambda: str.maketrans.__doc__.splitlines()[0])
show('dict.__getitem__ doc', lambda: dict.__getitem__.__doc__)
show('list.__getitem__ doc', lambda: list.__getitem__.__doc__)
show('str.__sizeof__ doc', lambda: str.__sizeof__.__doc__)
show('int.__sizeof__ doc', lambda: int.__sizeof__.__doc__)
show('str.__format__ doc', lambda: str.__format__.__doc__)

class L(list):
    def __getitem__(self, i):
        return ('L', super().__getitem__(i))
class D(dict):
    def __missing__(self, k):
        return 'missing'
    def __contains__(self, k):
        return super().__contains__(k) or k == 'x'
show('L', lambda: (L([1, 2])[1], list.__getitem__(L([5]), 0), L([1, 2])[0:1]))
show('D', lambda: (D()['q'], D().__getitem__('q'), 'x' in D(), dict.__contains__(D(), 'x')))
show('set in', lambda: (set.__contains__({1}, 1), frozenset({2}).__contains__(2), {1}.__contains__([])))
show('maketrans', lambda: (str.maketrans.__self__, str.maketrans.__qualname__, str.maketrans.__module__, str.maketrans.__name__))
show('bytes maketrans', lambda: (bytes.maketrans(b'a', b'b')[97], bytearray.maketrans.__qualname__, bytearray.maketrans.__text_signature__))
show('sizeof', lambda: ([].__sizeof__(), {}.__sizeof__() > 0, 'ab'.__sizeof__(), (5).__sizeof__(), set().__sizeof__() > 0))
show('format', lambda: ((5).__format__('03'), 'a'.__format__('>3'), (1.5).__format__('.2f'), int.__format__(True, '')))
show('sizeof args', lambda: [].__sizeof__(1))
