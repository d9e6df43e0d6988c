s = "  Hello, World! hello again  "
print(s.split(), s.split(" ", 3), s.rsplit(None, 2), s.split("l", maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(), "".split(","), "   ".split(" "))
print("line1\nline2\r\nline3\rend\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("key=value=more".partition("="), "nokey".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("ab".center(7, "*"), "ab".center(6), "abc".center(2), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("a\tbc\tdef\tg".expandtabs(4), repr("x\ty".expandtabs()), "col1\tc2".expandtabs(0))
print("they're bill's friends".title(), "hELLO wORLD".swapcase(), "ß".upper(), "ǅ".lower())
print("aaaa".count("aa"), "banana".count("a", 2), "banana".find("na", -3), "banana".rfind("na", 0, 4))
print("abc".find(""), "abc".rfind(""), "abc".count(""), "".count(""), "abc".index("c", -1))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".rindex("z", 1)
except ValueError as e:
    print("ValueError:", e)
print("www.example.com".strip("cmow."), "  x ".lstrip(), "xxyyxx".rstrip("x"), "abc".strip(""))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "Hello".startswith("", 10), "abc".endswith(("",)))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("-".join("abc"), "".join([]), ", ".join(map(str, [1, 2.5, None])))
try:
    ",".join([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print("a-b-c".replace("-", "+", 1), "aaa".replace("a", "bb", -1), "abc".replace("", "|"), "ab".replace("", "-", 2))
print("Straße".casefold(), "Hello World".istitle(), "Ab Cd".istitle(), "abc123".isalnum(), "12".isnumeric(), "1.5".isdigit(), "".isdecimal())
print("x".join(["1", "2"]) * 2, "ab" * 0, -1 * "ab", "abc"[::-1], "abcdef"[1:5:2], "abc"[10:], "abc"[-10:2])
print(str.upper("q"), str.__len__("abcd"), "%s" % str.mro() if False else str.__name__, "abc".__contains__("b"))
print(ord("€"), chr(8364), hex(ord("\n")), "\x41\u00e9", len("héllo"), "héllo".encode("utf-8"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"))
print(sorted(["b", "A", "a", "B", "_", "1"]), max("hello"), min("hello"), "a" < "B", "Z" < "a")
print(repr("quote'single"), repr('quote"double'), repr("both'\""), repr("\x00\x7f\t"), ascii("ñ\u2603"))
