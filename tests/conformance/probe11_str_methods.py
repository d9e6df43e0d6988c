# str methods an ordinary programmer reaches for.
s = "  The quick brown fox\tjumps over\tthe lazy dog.  "
print(s.strip().partition(" "), s.rpartition("o"), "abc".partition("x"), "abc".rpartition("x"))
print("a\nb\r\nc\rd\n\ne".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz".splitlines())
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
print("hello world-foo bar_baz o'neil 3rd x2y".title(), "ÉCOLE ß".title(), "they're".capitalize())
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(6, "-") + "]", "[" + "x".center(4) + "]")
print("ab".ljust(5, ".") + "|", "ab".rjust(5, "0") + "|")
tbl = str.maketrans("abc", "xyz", "!")
print("a!b!c cab".translate(tbl), "hello".translate({ord("l"): None, ord("o"): "0"}), sorted(tbl.items()))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), " a  b ".split(), " a  b ".split(" "), "a b c".rsplit(None, 1))
print("-".join(["x", "y"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
print("Hello".swapcase(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode("utf-8"), "ΣΑΣ".lower())
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".find("c", 3, 5), "abc".index("b"), "aaa".count("aa"), "abc".count(""))
print("x".join("abc"), "abc".replace("", "-"), "aaaa".replace("a", "b", 2), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3))
print("ab12".isalnum(), "12".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdecimal(), "²".isdigit(), " ".isspace(), "".isspace())
print("Hello World".istitle(), "hello".islower(), "HELLO1".isupper(), "_x1".isidentifier(), "1x".isidentifier(), "\x07".isprintable())
print("prefix_body".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("z"))
print("%s|%r|%a" % ("é", "é", "é"), ascii("naïve ☃"), "\u00e9" == "é")
print("  xx  ".lstrip(), "|", "xyxzyx".strip("xy"), "|", "www.example.com".strip("cmowz."))
print(" ".join(w.capitalize() for w in "the end of it".split()), "The End".casefold(), "Straße".casefold())
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".center(5, "xy")
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
