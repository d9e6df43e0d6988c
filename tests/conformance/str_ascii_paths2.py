# startswith/endswith with a str and an int start on ASCII and non-ASCII
# text, and splitlines over ASCII text long enough to be scanned eight
# bytes at a time, with every line break in various places.
for s in ["", "abc", "abcdef", "héllo"]:
    for sub in ["", "a", "ab", "abc", "f", "ef", "abcdefg", "é", "h"]:
        for st in [None, -10, -3, -1, 0, 1, 2, 3, 6, 7, 100]:
            if st is None:
                print(s.startswith(sub), s.endswith(sub), end=" ")
            else:
                print(s.startswith(sub, st), s.endswith(sub, st), end=" ")
    print()
print("abc".startswith(("x", "ab"), 0), "abc".endswith("c", True))
breaks = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\t", "\x1f", " "]
for b in breaks:
    for k in range(0, 20, 3):
        s = "a" * k + b + "bcdefghijklmnopq" + b + b + "x" * (k % 5)
        print(repr(b), k, s.splitlines(), s.splitlines(True))
print("%s|%-5s|%5s%%" % ("a" * 20, "b", "c"), "no percent here, long enough" % ())
print(f"{'x':>12}|{'héllo':^9}|{'é':*<4}|{3.25:>10.2f}|{-2.5:08.3f}|{1e300:.120f}"[:200])
print("{:<10}|{:>8}|{:>10.2f}|{:^7}".format("name", 42, 3.14159, "ü"))
