# identity of strings returned by no-op str operations (CPython returns the
# str itself) and of fresh ones (str(300))
s = "abc"
e = ""
t = "a"
checks = [
    ("strip", lambda: s.strip() is s), ("lstrip", lambda: s.lstrip() is s), ("rstrip", lambda: s.rstrip() is s),
    ("strip_x", lambda: s.strip("x") is s), ("lower", lambda: s.lower() is s), ("upper", lambda: "ABC".upper() is "ABC"),
    ("replace", lambda: s.replace("x", "y") is s), ("replace0", lambda: s.replace("a", "b", 0) is s),
    ("str", lambda: str(s) is s), ("slice", lambda: s[:] is s), ("slice2", lambda: s[0:3] is s), ("slice_step", lambda: s[::1] is s),
    ("mul1", lambda: s * 1 is s), ("add_empty", lambda: s + "" is s), ("empty_add", lambda: "" + s is s),
    ("join1", lambda: "".join([s]) is s), ("join1sep", lambda: ",".join([s]) is s), ("format", lambda: format(s, "") is s),
    ("fstr", lambda: f"{s}" is s), ("repr_is", lambda: repr(s) is s),
    ("str300", lambda: str(300) is str(300)), ("strt", lambda: str(t) is t),
    ("mul0", lambda: s * 0 is ""), ("empty_mul", lambda: e * 5 is e), ("split1", lambda: s.split()[0] is s),
    ("str_true", lambda: str(True) is str(True)), ("float", lambda: str(1.5) is str(1.5)), ("strs", lambda: str("") is ""),
    ("join0", lambda: "".join([]) is ""), ("join_t", lambda: "".join((s,)) is s), ("mul_neg", lambda: s * -1 is ""),
]
for name, f in checks:
    print(name, f())
print(s.replace("b", "b") is s, s.replace("", "", 0) is s, s.replace("abcd", "x") is s, s.replace("c", "c", 1) is s)
print(s.split()[0] is s, s.split(",")[0] is s, " abc ".split()[0] == s, s.replace("b", "x") is s)
