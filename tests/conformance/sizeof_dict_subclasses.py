# sys.getsizeof of dict subclasses as CPython 3.11's: dict's keys object
# with the class's basicsize (a word per slot and for an added weakref
# list) and pre-header (a managed dict's two words); OrderedDict as the C
# odict (112 bytes, a fast-node pointer per hash slot, a 32-byte node per
# item); defaultdict's factory slot; Counter a dict subclass with __dict__.
# (Not tested: a subclass made from a one-item dict, whose table CPython
# sizes by the copy.)
import sys, collections
print(sys.getsizeof(collections.OrderedDict.fromkeys(range(1))), sys.getsizeof(collections.Counter(range(1))))
class D(dict): pass
class DS(dict):
    __slots__ = ('a', 'b')
class DN(dict):
    __slots__ = ()
class OD(collections.OrderedDict): pass
class C2(collections.Counter): pass
for n in (0, 5, 6, 16, 64, 65, 200):
    src = dict.fromkeys(range(n))
    print(n, sys.getsizeof(collections.OrderedDict.fromkeys(range(n))), sys.getsizeof(collections.Counter(range(n))),
          sys.getsizeof(collections.defaultdict(int, src)), sys.getsizeof(D(src)), sys.getsizeof(DS(src)), sys.getsizeof(DN(src)),
          sys.getsizeof(OD(src)), sys.getsizeof(C2(src)), sys.getsizeof(src))
od = collections.OrderedDict.fromkeys('abcdef')
for k in 'abcde':
    del od[k]
print(sys.getsizeof(od))
c = collections.Counter('hello world')
c.x = 1
print(sys.getsizeof(c), sys.getsizeof(collections.OrderedDict()), sys.getsizeof(collections.defaultdict()))
