# s[i] over ASCII and non-ASCII strs: negative, out-of-range, big, bool and
# int-subclass indices; join of one-byte and longer pieces.
s = "abc\\d\"e"
u = "aé€x"
for t in (s, u, ""):
    for i in (0, 1, -1, -len(t) if t else 0, len(t) - 1, len(t), -len(t) - 1, 2**63, 2**70, True, False):
        try:
            print(repr(t[i]))
        except IndexError as e:
            print("IE", e)
print("".join(["a", "", "bc", "é", "d"]), "-".join("xyz"), "".join([]), "ab".join(["é", "x"]))
class I(int): pass
print(s[I(2)], s[-I(1)])
