# Probing program (issue 13, round 3): split/strip/splitlines/isspace with non-ASCII whitespace and line breaks
print(" \u00a0\u2003x\u3000 ".strip(), "\u2028a\u2029b\x1cc\x1dd\x1ee\x85f".splitlines(), "a\u3000b".split())
print("\u00a0".isspace(), "\u2028".isspace(), "\x1c".isspace(), "a\x85b".split(), "a\u2028b".rstrip("\u2028"))
ws = " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\x80\xad"
for c in ws:
    print(hex(ord(c)), c.isspace(), ("a" + c + "b").split(), ("x" + c).strip() == "x", (c + "y").lstrip() == "y",
          ("a" + c + "b").rsplit(), len(("a" + c + "b").splitlines()), ("a" + c + "b").splitlines(True))
s = " \u00a0\u2003x\u3000y\u3000 "
print(s.split(), s.rsplit(None, 1), s.split(None, 1), s.strip(), s.lstrip(), s.rstrip(), s.isspace(), "\u3000\u2003".isspace(), "".isspace())
print("é x\u00a0é".split(), "é\u2028é".splitlines(), "a\r\nb\x85c\u2029".splitlines(True), "\u2028".splitlines())
print("x\u3000".rsplit(maxsplit=0), "\u3000 x y".rsplit(maxsplit=1), "ab\u00a0".strip("\u00a0"), " é ".strip())
