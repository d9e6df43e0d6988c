# Indexing with -2**63 (which fits a Py_ssize_t: "index out of range")
# and with ints beyond 64 bits (IndexError "cannot fit 'int' into an
# index-sized integer", for bytes, bytearray and deque too), reading,
# assigning and deleting; -2**63 + 2**63 is an ordinary index.
import collections

M = -2 ** 63
seqs = ['abc', [1, 2, 3], (1, 2, 3), b'abc', bytearray(b'abc'), range(3), collections.deque([1, 2, 3])]
for s in seqs:
    for i in (M, 2 ** 63, M - 1, 2 ** 63 - 1, M + 1, 2 ** 64, -2 ** 64, 2 ** 100):
        try:
            s[i]
        except Exception as e:
            print(type(s).__name__, i, type(e).__name__, e)
    print(type(s).__name__, s[M + 2 ** 63])
for s in [[1, 2, 3], bytearray(b'abc'), collections.deque([1, 2, 3])]:
    for i in (M, 2 ** 63, M + 1):
        try:
            s[i] = 0
        except Exception as e:
            print('set', type(s).__name__, i, type(e).__name__, e)
        try:
            del s[i]
        except Exception as e:
            print('del', type(s).__name__, i, type(e).__name__, e)
    print(s)
for f in [lambda: [1][M:], lambda: 'ab'[M::2], lambda: 'abcd'[::M], lambda: [1, 2, 3][M:2 ** 63:M],
          lambda: 'abc'.find('a', M), lambda: (1, 2).index(2, M, 2 ** 63)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
