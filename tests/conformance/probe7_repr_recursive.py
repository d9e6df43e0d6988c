# reprs: recursion markers, nested containers, special objects
l = [1]
l.append(l)
d = {'k': 1}
d['self'] = d
d['l'] = l
print(l, d)
t = ([],)
t[0].append(t)
print(t)
class C:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return 'C(%r)' % (self.items,)
try:
    print(repr(C()))
except RecursionError as e:
    print("RecursionError", str(e)[:40])
print(repr('it\'s "q"'), repr("it's"), repr('a\\b'), repr('\x00\x7f\t'), repr('é\u200b'))
print(repr(b'a\'b"'), repr(b"'"), repr(bytearray(b'\n\x80')), repr(b''))
print(range(5), range(1, 5, 2), range(0), slice(1, 2), slice(None), Ellipsis, ..., NotImplemented)
print(type(None), type(...), type(NotImplemented), int, C.__name__, C.__qualname__, C.__module__)
print(repr(1.0), repr(-0.0), [1.5, 'a', None, True], (1,), (), {1: (2,)}, set(), {()}, frozenset({1}))
print(str([1, 'a']), str(('a',)), str({'a': 'b'}), repr(object)[:14])
class R:
    def __repr__(self):
        return 5
try:
    repr(R())
except TypeError as e:
    print("TypeError", e)
class S:
    def __str__(self):
        return None
try:
    str(S())
except TypeError as e:
    print("TypeError", e)
print([R.__name__], ascii('é∑'), ascii(['é']), format([1], ''), str(b'x'))
