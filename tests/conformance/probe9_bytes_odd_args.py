b = b"hello world"
print(b.split(), b.split(b"o", 1), b.rsplit(maxsplit=1), b.partition(b" "), b.center(15, b"*"))
print(b.find(111), b.count(108), b.index(b"w"), b.replace(b"l", b"L", 2), b.title(), b.swapcase())
try:
    b.find(256)
except ValueError as e:
    print(e)
try:
    b.split("o")
except TypeError as e:
    print(e)
try:
    b + "x"
except TypeError as e:
    print(e)
print(bytes(3), bytes([1, 2]), bytes(range(3)), bytearray(b"ab") + b"cd", b"ab" * 0)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes(-1)
except ValueError as e:
    print(e)
try:
    bytes("abc")
except TypeError as e:
    print(e)
print(b"abc".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("61 62"), bytes.fromhex(""))
try:
    bytes.fromhex("6")
except ValueError as e:
    print(e)
ba = bytearray(b"xyz")
ba[0] = 65
ba[1:2] = b"QQ"
del ba[-1]
print(ba, ba.pop(), ba, len(ba))
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    ba[0] = b"a"
except TypeError as e:
    print(e)
print(b"a,b".split(b","), b" x ".strip(), b"xxa".lstrip(b"x"), b"abc".startswith((b"a", b"z")))
print(b"%s-%d-%x" % (b"ab", 5, 255), b"%c" % 65, b"%c" % b"z", b"%r" % "s")
print(b"abc"[1], b"abc"[1:], list(b"ab"), b"abc" < b"abd", b"" == bytearray())
print(b"AbC".isupper(), b"ABC".isupper(), b"12".isdigit(), b"a b".split(None), b"\t".isspace())
print(bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
