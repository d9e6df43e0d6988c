# Probing program (issue 13, round 2): str methods with edge arguments
s = "a,b,,c,"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(",", 0))
print("  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("key=val=x".partition("="), "key=val=x".rpartition("="), "abc".partition("z"))
print("banana".find("an"), "banana".find("an", 2), "banana".rfind("an"), "banana".find("an", 4, 5))
print("banana".count("a"), "aaaa".count("aa"), "banana".count(""), "banana".index("na", 3))
try:
    "banana".index("x")
except ValueError as e:
    print("ValueError", e)
print("ab\tc\td".expandtabs(), "ab\tc".expandtabs(4), repr("x\ty".expandtabs(0)))
print("hello world".title(), "HELLO".capitalize(), "MiXeD".swapcase(), "ß".upper())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("x".center(6, "*"), "x".ljust(3, "-"), "x".rjust(3), "ab".center(5))
print("  strip  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("prefix_body".removeprefix("prefix_"), "file.py".removesuffix(".py"), "a".removeprefix("b"))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 4), "Hello".startswith("l", 2))
print("abc".replace("", "-"), "aaa".replace("a", "b", 2), "abc".replace("b", ""))
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isspace())
print("Title Case".istitle(), "UPPER".isupper(), "lower1".islower(), "ascii".isascii(), "é".isascii())
print("abc" < "abd", "Z" < "a", "abc" < "ab", min("hello"), max("hello"), sorted("cab"))
print("abc"[::-1], "abcdef"[1:5:2], "abc"[5:], "abc"[-10:2])
print(str(b"x"), str(123), str(-0.0), str([1, "a"]), str(()), str(set()))
print("%s and %s" % ("a", "b"), "%(k)s!" % {"k": "v"}, "%%|%c" % 97)
print("é".encode(), "abc".encode("ascii"), b"caf\xc3\xa9".decode())
print(ord("A"), chr(0x263A).isprintable(), "a\x00b".isprintable(), len("\u00e9"))
