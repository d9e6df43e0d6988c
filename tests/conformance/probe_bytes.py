# Probing program (issue 13): bytes/bytearray operations and their errors
b = b"hello"
print(b[0], b[1:3], b * 2, b + b"!", list(b[:2]), b"l" in b, 108 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"\xff".hex(), bytes.fromhex("41 42"))
print(b.upper(), b.split(b"l"), b.find(b"l"), b.replace(b"l", b"L"), b.decode())
print(repr(b"a'b"), repr(b'a"b'), repr(b"\n\x00\x7f"), bytearray(b"ab"))
ba = bytearray(b"abc"); ba[0] = 65; ba.append(100); print(ba, len(ba))
try:
    bytes([256])
except ValueError as e:
    print("VE", e)
try:
    b"a" + "a"
except TypeError as e:
    print("TE", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UDE", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UEE", e)
print(b == bytearray(b), hash(b"ab") == hash(b"ab"), b"abc" < b"abd")
try:
    b[0] = 1
except TypeError as e:
    print("TE", e)
