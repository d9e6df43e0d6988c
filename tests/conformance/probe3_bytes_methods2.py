# Probing program (issue 13, round 3): bytes and bytearray methods, mixed operands, errors
b = b"Hello, World"
print(b.split(b", "), b.rsplit(maxsplit=0) if False else b.rsplit(None, 1), b.partition(b"o"), b.rpartition(b"o"))
print(b.center(20, b"*"), b.ljust(15, b"-"), b.zfill(14), b.title(), b.swapcase(), b.expandtabs())
print(b.find(111), b.count(b"l"), b.index(b"W"), b.replace(b"l", b"L", 2), b.startswith((b"x", b"He")))
print(bytes(3), bytes([65, 66]), bytes(b"x"), bytearray(2), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
print(b"a" * 3, 3 * bytearray(b"z"), b"abc"[1], b"abc"[1:], bytearray(b"abc")[-1], list(b"hi"))
print(b"%s-%d-%x-%r" % (b"s", 5, 255, b"q"), bytearray(b"%c%c") % (65, b"B"))
print(b" a b ".strip(), b"xxaxx".strip(b"x"), b"a\tb".expandtabs(4), b"a\nb\r\nc".splitlines(True))
print(bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"), b"abcdef".hex("-", 2))
print(b"abc".upper().lower(), b"Ab1".isalnum(), b"".isalpha(), b"12".isdigit(), b"  ".isspace())
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("ascii", "replace"), b"caf\xc3\xa9".decode("latin-1"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
for bad in ["b'a' + 'a'", "b'a'.join(['x'])", "bytes('x')", "bytes([256])", "bytearray([-1])", "b'a'.find('a')", "b'ab'[5]", "bytes.fromhex('zz')"]:
    try:
        if bad == "b'a' + 'a'": b"a" + "a"
        elif bad == "b'a'.join(['x'])": b"a".join(["x"])
        elif bad == "bytes('x')": bytes("x")
        elif bad == "bytes([256])": bytes([256])
        elif bad == "bytearray([-1])": bytearray([-1])
        elif bad == "b'a'.find('a')": b"a".find("a")
        elif bad == "b'ab'[5]": b"ab"[5]
        else: bytes.fromhex("zz")
    except (TypeError, ValueError, IndexError) as e:
        print(bad, type(e).__name__, e)
ba = bytearray(b"hello")
ba.append(33); ba.extend(b"??"); ba.insert(0, 62); ba.remove(108)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse(); print(ba, ba.copy() == ba, ba.copy() is ba)
ba[0] = 65
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    ba.remove(0)
except ValueError as e:
    print("ValueError", e)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", bytearray(b"b") > b"a", b"a" in b"cab", 97 in b"a")
print(repr(b"\x00\x7f\x80'\"\\\n"), repr(bytearray(b"'")), repr(b"'\""))
print(b",".join([b"a", bytearray(b"b")]), bytearray(b"-").join([b"x", b"y"]), hash(b"abc") == hash("abc"))
print(b"ab".removeprefix(b"a"), b"ab".removesuffix(b"b"), b"abc".translate(None, b"b"), int.from_bytes(b"\x01\x00", "little"))
print((258).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), len(bytes(10)))
