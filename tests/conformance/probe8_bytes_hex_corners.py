b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"|", 3))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a 0B"), bytes.fromhex(" 01\n02\t"))
for bad in ("abc", "zz", "0 1", "1g"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
for sep in ("", "ab", "é"):
    try:
        print(b"ab".hex(sep))
    except ValueError as e:
        print("ValueError", e)
print(bytes(3), bytes([1, 2]), bytes("é", "utf-8"), bytes(b"x"), bytearray(2), bytes())
for bad in [lambda: bytes(-1), lambda: bytes("s"), lambda: bytes([256]), lambda: bytes([1.5]), lambda: bytes("s", "nope"), lambda: bytes(1.5)]:
    try:
        bad()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(b"abc"[1], b"abc"[1:], list(b"hi"), b"a" * 3, b"ab" + bytearray(b"c"), bytearray(b"c") + b"ab")
print(repr(b"\x00\n\r\t'\"\\\x7f\x80"), repr(bytearray(b"'")), repr(b"'\""), str(b"x"))
print(b"Hello".lower(), b"hello world".title(), b"  x ".strip(), b"a,b".split(b","), b"-".join([b"a", bytearray(b"b")]))
print(b"abc".find(98), b"abc".count(b""), b"abc".replace(b"b", b"XX"), b"abc".center(7, b"*"), b"42".zfill(5))
print(b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"), b"\xffabc".decode("utf-8", "replace"), b"\xffa".decode("ascii", "ignore"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e, e.start, e.end, e.reason, e.encoding)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end, e.object)
print("é".encode("ascii", "replace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"), "é".encode("latin-1"))
ba = bytearray(b"abc")
ba[0] = 65
ba[1:2] = b"XYZ"
ba.extend(b"!")
ba.append(33)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    ba.append("x")
except TypeError as e:
    print("TypeError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
print(b"abc" == bytearray(b"abc"), b"a" < b"b", b"abc" < b"abd", hash(b"ab") == hash(b"ab"), b"" == bytes())
