b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L", 2), b.find(b"o"), b.count(b"l"))
print(b[0], b[-1:], b[::2], list(b[:3]), bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.hex(), bytes.fromhex("48 69"), b"ab" * 2)
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"x\xffy".decode("utf-8", "replace"))
print(b.strip(b"Hd"), b"  pad ".strip(), b"a,b".partition(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
ba.insert(0, 33)
ba.remove(ord("X"))
ba.reverse()
print(ba, ba.find(b"Y"), ba.index(b"Z"), b"Z" in ba, 90 in ba)
del ba[0]
ba += b"!!"
print(ba, ba * 2, ba.upper(), ba.isalpha(), b"123".isdigit(), bytearray().isalpha())
print(b"%s-%d-%x-%r" % (b"s", 5, 255, b"q"), b"%5s|%-5s|" % (b"a", b"b"), b"%c%c" % (65, b"B"))
for op in [lambda: b"a" + "b", lambda: bytes([256]), lambda: b"x"[5], lambda: bytearray(b"a").pop(5),
           lambda: b"\xff".decode(), lambda: "x".encode("ascii", "strict") + b"\x80".decode("ascii"),
           lambda: ba.__setitem__(0, 300), lambda: bytes("x"), lambda: b"abc".index(b"z"), lambda: hash(bytearray())]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"), b"a" < b"b", b"ab" < b"abc", b"" == bytes())
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"\x01\x02"), list(reversed(b"abc")))
print(int.from_bytes(b"\x01\x02", "big"), (513).to_bytes(2, "little"), bytes(range(3)), bytearray(2))
print(repr(b"\t\n\r\\'\""), repr(bytearray(b"'")), str(b"x"), b"x".decode().encode() == b"x")
m = memoryview(b"abcdef") if False else None
print(m, b"a b  c".split(), b"a\nb\r\nc".splitlines(), b"ABC".lower().title(), b"x".zfill(3))
print(bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
