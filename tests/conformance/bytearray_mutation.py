# bytearray: growth as CPython (sys.getsizeof after each step), item and slice assignment, methods, +=
import sys
def sz(b): return sys.getsizeof(b) - 56
b = bytearray(); s = []
for i in range(40):
    b.append(i); s.append(sz(b))
print(s)
b = bytearray(); s = []
for i in range(10):
    b.extend(b'abcde'); s.append(sz(b))
print(s)
print([sz(bytearray(n)) for n in range(5)], sz(bytearray(b'abc')), sz(bytearray(range(5))), sz(bytearray([1, 2, 3])), sz(bytearray(x for x in b'abcdefghij')))
b = bytearray(b'x' * 100)
for k in [90, 60, 49, 40, 10, 0]:
    del b[k:]
    print(k, sz(b), len(b))
b = bytearray(b'abc'); b += b'defgh'; print(b, sz(b))
b = bytearray(b'abc') * 3; print(b, sz(b))
b = bytearray(b'abc') + b'de'; print(b, sz(b))
b = bytearray(b'abcdef'); print(b.pop(), b, sz(b)); b.clear(); print(b, sz(b))
b = bytearray(b'abcdef'); b[1:3] = b'xyzw'; print(b, sz(b)); b[1:5] = b''; print(sz(b), b)
b = bytearray(b'0123456789'); del b[:3]; print(b, sz(b)); b.append(65); print(b, sz(b)); del b[:4]; print(b, sz(b)); b.extend(b'abcdefghijklmn'); print(b, sz(b))
b = bytearray(b'0123456789'); b[::2] = b'abcde'; print(b); del b[::3]; print(b, sz(b)); b[0] = 33; b[-1] = 34; print(b); del b[1]; print(b)
b.insert(0, 35); b.insert(100, 36); b.insert(-1, 37); print(b); b.remove(35); print(b); b.reverse(); print(b, b.copy(), b.pop(0))
b = bytearray(b'abc'); b.extend([100, 101]); b.extend(range(102, 104)); b.extend(bytearray(b'!')); b += b'+'; print(b, sz(b))
b[1:2] = [120, 121]; b[0:0] = (122,); print(b); b[2:] = b; print(b)
c = bytearray(b'xyz'); it = iter(c); print(next(it)); c.clear(); print(list(it))
print(bytearray(b'a') + bytearray(b'b'), b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')), bytearray(b'ab')[0], bytearray(b'abc')[1:], bytearray(b'aXb').split(b'X'))
