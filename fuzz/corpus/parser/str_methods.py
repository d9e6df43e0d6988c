# str methods in the subset
s = "  Hello, World  "
print(s.strip(), "[" + s.strip() + "]", s.upper(), s.lower())
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"))
print("a-b-c".replace("-", "+"), "aaaa".replace("a", "bb"), "abc".replace("x", "y"))
print("xxhixx".strip("x"), "\t\n hi \n".strip())
print("MiXeD 123".upper(), "MiXeD 123".lower())
print("".upper(), "".strip() == "")
t = "spam"
print(t.upper().lower().startswith("sp"))
print("aXbXc".replace("X", ""), "abab".replace("ab", "ba"))
