tests = ["", " ", "a b  c ", "  a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j  ", "a,b,,c,", ",,"]
for s in tests:
    print(repr(s.split()), repr(s.rsplit()), repr(s.split(None, 1)), repr(s.rsplit(None, 1)))
    print(repr(s.split(",")), repr(s.rsplit(",", 1)), repr(s.split(",", 0)), repr(s.split(",", -1)))
print("aXbXc".split("X", maxsplit=1), "aXbXc".rsplit(sep="X", maxsplit=1))
for bad in ["", None]:
    try:
        print("abc".split(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError", e)
print("a\r\nb\rc\nd\x0be\x1cf".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("abcabc".partition("c"), "abcabc".rpartition("c"), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
