s = "aé€\U0001f600"
for enc in ["utf-8", "latin-1", "ascii"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason, repr(e.object))
b = b"a\xe9\xff\x80z"
for err in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(err, repr(b.decode("utf-8", err)))
    except UnicodeDecodeError as e:
        print(err, "UnicodeDecodeError", e)
        print(e.encoding, e.start, e.end, e.reason, e.object)
print(b.decode("latin-1"), repr(b"\xc3\xa9".decode()), bytes("x", "ascii"), str(b"ab", "ascii"), str(b"ab"))
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
print(repr("x".encode(errors="strict")), "x".encode("UTF8"), "x".encode("Latin_1"), b"x".decode("US-ASCII"))
