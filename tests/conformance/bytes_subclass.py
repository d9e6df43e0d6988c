# bytes subclasses: instance __dict__, __slots__ = (), __new__ overrides, results
# of the base type, hashing, constructors, sizes, no weak references
import sys, gc
class B(bytes): pass
class BS(bytes): __slots__ = ()
class BN(bytes):
    def __new__(cls, v): return super().__new__(cls, v.upper())
b = B(b'abc'); b.x = 1
print(repr(b), str(b), b.x, b.__dict__, type(b).__name__, sys.getsizeof(b), sys.getsizeof(BS(b'abc')), sys.getsizeof(B()))
print(gc.is_tracked(b), gc.is_tracked(BS(b'')), BN(b'hi'), type(BN(b'hi')).__name__)
print([type(x).__name__ for x in (b + b'', b'' + b, b * 1, b[:], b.strip(), bytes(b), b.lower(), b.removeprefix(b'z'), b[0:2], b.hex())])
print(b.partition(b'z')[0] is b, b == b'abc', hash(b) == hash(b'abc'), {b: 1}[b'abc'], b'abc' in {b}, b.decode(), int(B(b'12')), float(B(b'2.5')))
print(B([65, 66]), B('hé', 'utf-8'), B(3), isinstance(b, bytes), B(b'a') < b'b', b'%s' % B(b'q'), B(b'x').join([b'1', b'2']))
print(str(b, 'ascii'), list(B(b'ab')), B(b'a,b').split(b','), bytearray(b))
try:
    class Bad(bytes): __slots__ = ('a',)
except TypeError as e: print(e)
try:
    import weakref; weakref.ref(b)
except TypeError as e: print(e)
class D(B):
    pass
d = D(b"zz")
d.k = 2
print(d, d.__dict__, sys.getsizeof(d), d + b"!", type(d[:]).__name__, D(b"q") * 3)
