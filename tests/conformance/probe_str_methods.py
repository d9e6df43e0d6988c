# Probing program (issue 13): str methods and their errors
s = "Hello, World"
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15))
print(s.partition(", "), s.rpartition("o"), s.partition("zz"))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  x ".strip(), "xxhixx".strip("x"), "abc".lstrip("ab"))
print("ab\ncd\r\nef".splitlines(), "ab\ncd\n".splitlines(True))
print("hello".title(), "hELLO wORLD".swapcase(), "hello world".capitalize())
print("abc".zfill(6), "-12".zfill(6), "+5".zfill(4))
print("a\tb\tc".expandtabs(4), "x".expandtabs())
print("abcabc".count("b"), "abcabc".find("c", 3), "abcabc".rfind("a"), "aaa".count(""))
print("abc".replace("", "-"), "aaaa".replace("a", "b", 2))
print("Abc".isupper(), "ABC".isupper(), "abc1".isalnum(), "".isalpha(), "12".isdigit(), " ".isspace())
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("{0}-{1}-{0}".format("a", "b"), "{x}{y!r}".format(x=1, y="s"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("a".join("xyz"), ",".join([]), "-".join(("a",)))
print("Straße".upper(), "ǅ".lower(), "ß".casefold())
print("abc".startswith(("x", "a")), "abc".endswith(("c",)), "abc".startswith("b", 1))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TE", e)
try:
    "a".split("")
except ValueError as e:
    print("VE", e)
try:
    "{}{}".format(1)
except IndexError as e:
    print("IE", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KE", e)
try:
    "{0}{}".format(1, 2)
except ValueError as e:
    print("VE", e)
