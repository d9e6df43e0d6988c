s = "The quick brown fox"
print(s.partition(" "), s.rpartition(" "), s.partition("zz"), s.rpartition("zz"))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a\tbc\td".expandtabs(), repr("x\ty".expandtabs(4)), "ab".expandtabs(0))
print(s.count("o"), s.count(""), s.find("q"), s.rfind("o"), s.find("o", 13), s.index("fox"))
print("ß".casefold(), "Hello World".swapcase(), "hello world".title(), "hELLO".capitalize())
print("abc".ljust(6, "*"), "abc".rjust(6), "abc".center(8, "-"), "42".zfill(5), "-42".zfill(6), "+4".zfill(4))
print(" a b  c ".split(), " a b  c ".split(" "), "a,b,,c".split(",", 2), "a,b,c".rsplit(",", 1))
print("x".join(["1", "2"]), ", ".join(sorted({"b", "a"})), "".join(map(str, range(5))))
print("abcabc".replace("b", "B", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("Hello".startswith(("x", "He")), "Hello".endswith("lo", 0, 5), "Hello".startswith("l", 2))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), " \t".isspace(), "Ab".istitle(), "AB".isupper())
print("12".isdecimal(), "12".isnumeric(), "x_1".isidentifier(), "1x".isidentifier(), "".isalpha())
tbl = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(tbl), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None}))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print("%s" % "abc"[::-1], "abc" * 0, "-" * 3, "a" < "b" < "ba", "Z" < "a", min("hello"))
for op in [lambda: "abc".index("z"), lambda: "a".join([1]), lambda: "abc"[5], lambda: "a" + 1,
           lambda: "abc".split(""), lambda: "x".center(), lambda: "%d" % 1.5, lambda: "ab".count(),
           lambda: "abc".rindex("z"), lambda: "a".zfill("3"), lambda: str.upper(1), lambda: "a" * 1.5,
           lambda: "abc".startswith(["a"]), lambda: "x".replace("a"), lambda: "ab"[1:2:0]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\u200b"), ascii("é☃"))
print("é".encode(), "abc".encode("ascii"), b"caf\xc3\xa9".decode(), len("☃"), len("☃".encode()))
print("{:>5}".format("é"), "ǅ".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ﬀ".upper())
print(str(b"x"), str(1.0), str(None), str([1, "a"]), str(("a",)), str({"k": "v"}))
