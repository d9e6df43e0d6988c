# zfill, expandtabs, center/ljust/rjust corners, partition, splitlines.
for s in ("42", "-42", "+7", "", "abc", "-", "--1", "3.5"):
    print(repr(s.zfill(5)), repr(s.zfill(1)))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(0)), repr("ab\t\tc".expandtabs(3)))
print(repr("12345\t6".expandtabs(4)), repr("x\n\ty".expandtabs(4)), repr("\r\tq".expandtabs(2)))
print(repr("x".center(4, "*")), repr("xy".center(5, "-")), repr("abc".center(2)))
print(repr("ab".center(6)), repr("a".center(2)), repr("a".center(3, "ä")))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d8\x1e9\x85ten\u2028e\u2029l\n\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "\nx".splitlines())
print(b"a\nb\r\nc\x0bd".splitlines(), b"a\nb".splitlines(keepends=True))
print("a\nb".split("\n"), "a\n\nb".split(), "  a  b ".split(" "))
print("a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2), "abc".split("b", 0))
print(" x y z ".rsplit(None, 1), "x".split(",", -1))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("abc".ljust(2), "abc".rjust(6, "0"), "ab".ljust(4, "."))
print("ABC".swapcase(), "ǅx".swapcase(), "hello world foo".title(), "they're bill's".title())
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print("straße".casefold(), "STRASSE".casefold() == "straße".casefold(), "ﬃ".casefold())
print("ǳ".capitalize(), "hELLO wORLD".capitalize(), "ß".capitalize())
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("x".join([]), ",".join(["a"]), "abc".count(""), "aaaa".count("aa"), "abc".find("", 5))
print("abc".startswith(("x", "a")), "abc".endswith("c", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
