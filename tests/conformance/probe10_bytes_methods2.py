b = b"  Hello, World!  "
print(b.strip(), b.lstrip(b" H"), b.split(), b.split(b","), b.rsplit(None, 1), b.partition(b","), b.rpartition(b"o"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.center(21, b"*"), b.zfill(20))
print(b"abc".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("61 62 63"), bytes.fromhex("6162"))
try:
    bytes.fromhex("6g")
except ValueError as e:
    print("ValueError", e)
print(b"a\tb".expandtabs(4), b"abc".replace(b"b", b"XX"), b"aaa".replace(b"a", b"b", 2), b"abc".count(b""), b"abc".find(98), b"abc".index(b"c"))
print(b"abc" * 2, b"%s-%d" % (b"x", 5), b"%r" % b"q", b"%a" % "é", bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba += b"!"
ba.extend([33, 63])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba.remove(33), ba, ba.find(b"l"), ba.reverse(), ba)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    ba.remove(1)
except ValueError as e:
    print("ValueError", e)
print(b"ab" < b"abc", b"b" > b"abc", b"abc"[1], b"abc"[1:], b"abc"[::-1], list(b"ab"), b"a" in b"cab", 97 in b"cab")
print(b"a,b".join([b"1", b"2"]), bytearray(b"x").join([b"1", bytearray(b"2")]), b"Abc".istitle(), b"12".isdigit(), b" ".isspace())
