# Probing program (issue 13, round 3), PENDING: split/strip/splitlines/isspace with non-ASCII whitespace and line breaks
print(" \u00a0\u2003x\u3000 ".strip(), "\u2028a\u2029b\x1cc\x1dd\x1ee\x85f".splitlines(), "a\u3000b".split())
print("\u00a0".isspace(), "\u2028".isspace(), "\x1c".isspace(), "a\x85b".split(), "a\u2028b".rstrip("\u2028"))
