ba = bytearray(b"hello world")
ba[0] = 72
ba[-5:] = b"There"
print(ba, bytes(ba), len(ba), ba.upper(), ba.find(b"o"), ba.count(b"l"))
ba.extend(range(33, 36))
ba.append(ord("?"))
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 104)
ba.remove(ord(" "))
print(ba, ba.replace(b"e", b"E", 1), ba.split(b"T"), ba.hex(":"))
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    ba.remove(0)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    b"x"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
del ba[::2]
print(ba, ba * 2, b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", type(b"ab" + bytearray(b"cd")).__name__)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"\x00\xff".hex(), b"abc".hex("-", 2))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".decode("utf-8").encode("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
print(b"a,b,,c".split(b","), b"  pad  ".strip(), b"x".join([b"1", bytearray(b"2")]), b"abc".startswith((b"x", b"a")))
print(list(b"AZ"), b"%d%%" % 50, bytes(3), bytearray(2), bytes(range(65, 70)), b"abc"[::-1], b"abc"[1])
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"), b"Hi There".swapcase())
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\t\n\x7f")), b"abc" == bytearray(b"abc"), b"a" < b"b")
print(sorted([b"b", b"a", bytearray(b"c")]), max(b"hello"), sum(b"\x01\x02"), b"\x80" in bytes(range(256)))
