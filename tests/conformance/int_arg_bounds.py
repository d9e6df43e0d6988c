# Integer arguments at and past the ends of Py_ssize_t: -2**63 is a
# Py_ssize_t in CPython (list.pop/insert, seq * n, widths, maxsplit and
# counts, deque.rotate/insert) and each function refuses what is beyond it
# with its own error (IndexError, OverflowError with "C ssize_t", "C int"
# or "index-sized integer", MemoryError, "byte string is too large").
# -2**63 + 1 as a width crashed gclab (width - len overflowed).
vals = [-2**63, -2**63 - 1, 2**63 - 1, 2**63, 2**64, -2**64, 2**100, -2**100]
def t(label, f):
    for v in vals:
        try:
            r = f(v)
            if isinstance(r, (str, bytes, list, tuple, bytearray)):
                r = ('len', len(r))
            print(label, vals.index(v), 'ok', r)
        except BaseException as e:
            print(label, vals.index(v), type(e).__name__, e)
t('list.pop', lambda v: [1, 2].pop(v))
t('list.insert', lambda v: [1, 2].insert(v, 0))
t('list*', lambda v: [1] * v)
t('*list', lambda v: v * [1])
t('tuple*', lambda v: (1,) * v)
t('str*', lambda v: 'a' * v)
t('bytes*', lambda v: b'a' * v)
t('bytearray*', lambda v: bytearray(b'a') * v)
t('list*=', lambda v: [1].__imul__(v))
t('bytearray*=', lambda v: bytearray(b'a').__imul__(v))
t('str.center', lambda v: 'a'.center(v))
t('str.ljust', lambda v: 'a'.ljust(v))
t('str.rjust', lambda v: 'a'.rjust(v))
t('str.zfill', lambda v: 'a'.zfill(v))
t('str.expandtabs', lambda v: 'a\tb'.expandtabs(v))
t('str.split', lambda v: 'a b'.split(None, v))
t('str.rsplit', lambda v: 'a b'.rsplit(None, v))
t('str.replace', lambda v: 'a b'.replace('a', 'c', v))
t('str.find', lambda v: 'a b'.find('a', v))
t('str.find2', lambda v: 'a b'.find('a', 0, v))
t('str.index', lambda v: 'a b'.index('a', v))
t('str.count', lambda v: 'a b'.count('a', v))
t('str.startswith', lambda v: 'a b'.startswith('a', v))
t('list.index', lambda v: [1, 2].index(1, v))
t('tuple.index', lambda v: (1, 2).index(1, v))
t('bytes.center', lambda v: b'a'.center(v))
t('bytes.find', lambda v: b'ab'.find(b'a', v))
t('bytes.split', lambda v: b'a b'.split(None, v))
t('bytes.replace', lambda v: b'a b'.replace(b'a', b'c', v))
t('bytes()', lambda v: bytes(v))
t('bytearray()', lambda v: bytearray(v))
t('bytearray.pop', lambda v: bytearray(b'ab').pop(v))
t('bytearray.insert', lambda v: bytearray(b'ab').insert(v, 1))
t('range', lambda v: range(v))
t('range.len', lambda v: len(range(v)))
t('chr', lambda v: chr(v))
t('round', lambda v: round(1.5, v))
t('int.to_bytes', lambda v: (1).to_bytes(v, 'big'))
t('str.splitlines', lambda v: 'a'.splitlines(v))
t('islice', lambda v: list(__import__('itertools').islice([1], v)))
t('deque.rotate', lambda v: __import__('collections').deque([1]).rotate(v))
t('deque(maxlen)', lambda v: __import__('collections').deque([1], v))
t('deque.insert', lambda v: __import__('collections').deque([1]).insert(v, 0))
t('deque.index', lambda v: __import__('collections').deque([1]).index(1, v))
t('combinations', lambda v: list(__import__('itertools').combinations([1], v)))
t('sys.setrecursionlimit', lambda v: __import__('sys').setrecursionlimit(v))
t('hex', lambda v: len(hex(v)))
t('str.format', lambda v: '{:{}}'.format(1, v))
t('%*d', lambda v: '%*d' % (v, 1))
t('list slice', lambda v: [1,2,3][v:])
t('str.__getitem__', lambda v: 'abc'[v])
t('math.factorial', lambda v: __import__('math').factorial(v) if v < 0 else 'skip')
t('divmod', lambda v: divmod(v, 7))
t('str.ljust fill', lambda v: 'a'.ljust(v, '*'))
t('operator.getitem', lambda v: __import__('operator').getitem([1], v))
t('list.__getitem__', lambda v: [1].__getitem__(v))
t('sum', lambda v: sum([1], v))
t('gc.collect', lambda v: __import__('gc').collect(v))
t('gc.get_objects', lambda v: __import__('gc').get_objects(v))
t('heapq.nlargest', lambda v: __import__('heapq').nlargest(v, [1]))
t('int(x, base)', lambda v: int('1', v))
t('str.zfill', lambda v: '1'.zfill(v))
t('bytes.zfill', lambda v: b'1'.zfill(v))
t('tuple slice', lambda v: (1,2)[v:v])
t('functools.lru_cache', lambda v: __import__('functools').lru_cache(v) and 'ok')
t('list.__mul__', lambda v: [].__mul__(v))
t('range.index', lambda v: range(3).index(v))
t('range[]', lambda v: range(3)[v])
t('range(v, v+1)', lambda v: range(v, v + 1)[0])

# -2**63 + 1: a width, count or index CPython takes as it is
v = -2**63 + 1
for f in [lambda: 'abc'.zfill(v), lambda: 'abc'.center(v), lambda: 'abc'.ljust(v), lambda: b'abc'.zfill(v), lambda: b'abc'.center(v), lambda: 'abc' * v, lambda: [1,2].pop(v), lambda: [1,2].insert(v, 0), lambda: 'a b c'.split(None, v), lambda: 'aaa'.replace('a', 'b', v), lambda: b'aaa'.replace(b'a', b'b', v), lambda: '%*d' % (v, 1), lambda: '{:{}}'.format(1, v)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# C int arguments
import gc, sys
for f in [lambda: sys.setrecursionlimit(1.5), lambda: sys.setrecursionlimit('x'), lambda: gc.collect(1.5), lambda: gc.collect('x'), lambda: gc.collect(True), lambda: gc.get_objects(1.5), lambda: gc.get_objects(-1), lambda: gc.get_objects(-2), lambda: sys.setrecursionlimit(2**31), lambda: sys.setrecursionlimit(-2**31-1), lambda: gc.collect(-2**31)]:
    try:
        r = f()
        print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
# splitlines' int, chr, int()'s base, to_bytes, bytes sizes, islice
for f in [lambda: 'a\nb'.splitlines(1.5), lambda: 'a\nb'.splitlines('x'), lambda: 'a\nb'.splitlines(None), lambda: 'a\nb'.splitlines(2), lambda: 'a\nb'.splitlines(2**40), lambda: b'a\nb'.splitlines(2**40), lambda: b'a\nb'.splitlines('x'), lambda: b'a\nb'.splitlines(1.5), lambda: bytearray(b'a\nb').splitlines(2**40), lambda: chr(2**31), lambda: chr(2**31-1), lambda: chr(-2**31-1), lambda: chr(-2**31), lambda: chr(2**63-1), lambda: int('1', 2**63-1), lambda: int('1', -2**63), lambda: int('1', 2**70), lambda: (1).to_bytes(-2**63, 'big'), lambda: (1).to_bytes(2**63-1, 'big'), lambda: (1).to_bytes(2**63-40, 'big'), lambda: (1).to_bytes(2**64, 'big'), lambda: (1).to_bytes(-2**64, 'big'),
 lambda: bytes(2**63-33), lambda: bytes(2**63-34), lambda: b'a'.center(2**63-33), lambda: b'a'.center(2**63-34), lambda: bytearray(2**63-1), lambda: b'ab' * (2**63-1), lambda: 'ab' * (2**63-1), lambda: [1] * (2**63 - 1), lambda: b'a'.zfill(2**63-34), lambda: b'a'.ljust(2**63-1), lambda: bytearray(b'a').center(2**63-1), lambda: b'a'.rjust(2**63-1, b'x'),
 lambda: list(__import__('itertools').islice([1], -2**63)), lambda: list(__import__('itertools').islice([1], -5)), lambda: list(__import__('itertools').islice([1], -2**63, 3)), lambda: list(__import__('itertools').islice([1], 1, 3, -2**63))]:
    try:
        r = f()
        print('ok', repr(r)[:20])
    except Exception as e:
        print(type(e).__name__, e)
