# split(None), strip and startswith/endswith/find on ASCII and non-ASCII strs:
# the byte-at-a-time paths of ASCII strs against the general ones.
tests = ["", " ", "  a b  ", "a\tb\nc\x1cd\x1fe", "x", "héllo wörld ", " \u3000a\u2028b ", "..a,b;!", "abc", "\x0b\x0cz\r\n"]
for t in tests:
    print(repr(t.split()), repr(t.split(None, 0)), repr(t.split(None, 1)), repr(t.split(maxsplit=2)))
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(".,;!")), repr(t.strip("hé ")), repr(t.strip("")), repr(t.rstrip("\x0c\r\n")))
    print(t.startswith("a", 2), t.startswith(("x", "a"), -5, 7), t.endswith("b", 0, 4), t.find("b"), "b" in t, t.count("a"), t.split("a"), t.split(" ", 1))
    print(t.startswith("a", True), t.startswith("", 100))
