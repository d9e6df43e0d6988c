samples = ["", "abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "Ⅻ", "abc123", "a b", " ", "\t\n", "é", "ß", "Hello World", "Hello world", "HELLO", "_x", "x1", "1x", "ǅ", "\x00", "\x7f", "ascii~", "ä", "-1", "1.5", "日本"]
methods = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper", "istitle", "isidentifier", "isascii", "isprintable"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, m)() else "0" for m in methods))
for b in (b"", b"abc", b"ABC", b"123", b" \t", b"Ab Cd", b"\xff", b"a1"):
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
