# bytes: literals, escapes, repr, indexing, slicing, operators, hashing, methods, codecs, sizes
import sys, gc
b = b'abc'
print(b, repr(b), str(b), len(b), b[0], b[-1], b[1:], b[::-1], b[::2], list(b))
print(b + b'de', b * 3, 3 * b'x', b'' * 5, b == b'abc', b != b'abd', b < b'abd', b > b'ab', b <= b'abc')
print(98 in b, b'bc' in b, b'x' in b, b'' in b, hash(b) == hash(b'abc'), hash(b'abc') == hash('abc'))
print(b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\t\n\r\x7f\x80\xff\\', rb'\x41\n', b'\101\x42\q')
print(b'a' b'b', bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b'xy'), bytes(), bytes('h\xe9', 'utf-8'))
print(bytearray(b'abc'), bytearray(), bytearray(2), bytearray([65, 66]), bytearray('xy', 'ascii'))
print(b','.join([b'a', bytearray(b'b'), b'c']), bytearray(b'-').join([b'x', b'y']))
print('h\xe9llo \u20ac'.encode(), 'abc'.encode('ascii'), b'h\xc3\xa9llo'.decode(), b'abc'.decode('ascii'))
print(b'\x01\xff'.hex(), bytes.fromhex('01 ff 7A'), bytearray.fromhex('ab'))
print(b'hello world'.find(b'o'), b'hello world'.find(111), b'hello world'.rfind(b'o'), b'hello'.find(b'z'), b'hello'.index(b'l'), b'hello'.count(b'l'), b'aaa'.count(b''))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.startswith(b'l', 2))
print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a b c'.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1))
print(b'  hi  '.strip(), b'xxhixx'.strip(b'x'), b'  hi'.lstrip(), b'hi  '.rstrip(), b'aXbXc'.replace(b'X', b'--'), b'abc'.replace(b'', b'-'))
print(b'Hello'.upper(), b'Hello'.lower(), bytearray(b'Hi').upper(), b'123'.isdigit(), b'ab'.isalpha(), b' \t'.isspace())
print(gc.is_tracked(b'abc'), gc.is_tracked(bytearray(b'x')), sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')))
for x in b'hi':
    print(x)
print(type(b), type(bytearray()), isinstance(b, bytes), bytes is type(b''), b'a' == bytearray(b'a'), b'a' == 'a')
d = {b'k': 1}
print(d[b'k'], b'\xff\xfe'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'\xe9'.decode('latin-1'))
t = b'''multi
line'''
print(t, len(t), sorted([b'b', b'a', b'ab', b'']), max(b'abc'), sum(b'abc'), {b'x', b'x', b'y'} == {b'y', b'x'})
print(f'{b!r} {b} {bytearray(b"q")}', str(bytearray(b'z')), [bytes([i]) for i in range(3)], b'%' in b'100%')
u = 'na\u00efve caf\u00e9 \U0001f600'
e = u.encode('utf-8')
print(e, len(e), e.decode('utf-8') == u, len(u), bytes(u, 'utf-8') == e, bytearray(u, 'utf-8').decode())
print(b'abc'[5:], b'abc'[-10:2], b'abcdef'[4:1:-1], bytearray(b'abcdef')[::-2], b'abc'[:0] is b'', b'a'[0:1] is b'a')
