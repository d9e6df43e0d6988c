s = "a,b,,c,"
print(s.split(",", 0), s.split(",", -1), s.rsplit(",", 1), s.split(",", maxsplit=2))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "".split(), "".split(","))
print("abc".center(8, "*"), "abc".ljust(2), "abc".rjust(6, "0"), "-5".zfill(4), "+".zfill(3))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(e)
print("hello".find("l", -2), "hello".find("", 10), "hello".find("", 5), "hello".count(""), "hello".count("l", 3, 100))
print("hello".startswith(("x", "he")), "hello".endswith("lo", 0, 4), "hello".startswith("", 5), "hello".startswith("", 6))
try:
    "hello".startswith(["he"])
except TypeError as e:
    print(e)
print("a\tb\tc".expandtabs(4), repr("x\ty".expandtabs(0)), "ab\ncd\r\nef\rg".splitlines(True))
print("abcabc".replace("b", "X", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "b", -1))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "ß".upper(), "ǅ".lower())
print("abc".strip("cab"), "xxhixx".lstrip("x"), "  ".strip(), "abc".strip(None))
print("a-b-c".partition("-"), "abc".rpartition("x"), "abc".partition("c"))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
print("%s|%5s|%-5s|%.2s" % ("x", "ab", "cd", "efgh"), "%c%c" % (65, "b"), "%%" % ())
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(e)
print("abc".index("c"), "x".join([]), ",".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
print("12".isdigit(), "½".isnumeric(), "½".isdigit(), "Ab".istitle(), "".isalpha(), " ".isspace(), "a1".isalnum(), "_a".isidentifier())
