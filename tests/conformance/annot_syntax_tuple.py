# CPython 3.11 reports a parenthesised tuple target of an annotation
# with its span, as a syntax error before anything runs
print("never printed")
(first, second): tuple = 1, 2
