# itertools.islice and chain (C types, as CPython's): argument errors and their order,
# islice's order of work (skipped items consumed before the stop is tested), an
# error raised inside a chained iterator, subclasses, from_iterable.
import itertools as it
for args in [(), ([1],), ([1],None,None,None,None), ([1],-1), ([1],'a'), ([1],1,'a'), ([1],-1,3), ([1],0,3,0), ([1],0,3,-1), ([1], 'x', 3), ([1],None,3,'z'), ([1],2.0), ([1], 2**70), ([1], -5)]:
    try: it.islice(*args); print('ok', args)
    except Exception as e: print(type(e).__name__, e)
try: it.islice([1], 2, stop=3)
except Exception as e: print(type(e).__name__, e)
try: it.chain([1], x=3)
except Exception as e: print(type(e).__name__, e)
g=iter(range(10)); print(list(it.islice(g,5,3)), next(g))
print(type(it.islice([],1)), it.islice.__name__, it.islice.__module__, it.chain.__qualname__, type(it.chain()))
print(list(it.chain.from_iterable(['ab',[1]])), list(it.islice(range(100), 3, None, 7)))
class C(it.chain): pass
print(list(C([1],[2])), type(C.from_iterable([[3]])).__name__, list(C.from_iterable([[3]])))
class D(it.islice):
    def extra(self): return 5
d = D('abcdef', 1, None, 2)
print(list(d), d.extra(), isinstance(d, it.islice))
try: list(it.chain(1))
except Exception as e: print(type(e).__name__, e)
try: list(it.islice(1, 3))
except Exception as e: print(type(e).__name__, e)
def bad():
    yield 1
    raise KeyError('k')
try: print(list(it.chain(bad(), [2])))
except KeyError as e: print('KeyError', e)
c = it.chain([1], bad(), [9])
print(next(c), next(c))
try: next(c)
except KeyError: print('caught')
print(list(c))
s = it.islice(iter([1, 2, 3]), 1, None)
print(next(s), list(s), list(s))
print(list(it.islice(it.count(), 2, 12, 3)), list(it.islice('abc', None)), list(it.islice('abcdef', None, 4, None)))
try: it.chain.from_iterable()
except TypeError as e: print(e)
x = it.chain([1]); print(iter(x) is x)
print(list(it.pairwise(it.chain('ab', 'cd'))), list(zip(*it.tee(it.islice('abcd', 3)))))
