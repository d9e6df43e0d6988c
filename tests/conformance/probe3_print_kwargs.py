# Probing program (issue 13, round 3): print keyword arguments and the sys.stdout write path
import sys
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=" | ", end=" <end>\n")
print(sep="X")
print()
print("", end="")
print("no newline", end="")
print(" then", flush=True)
print(*[1, 2, 3], sep="-")
print(*"abc")
print(*[], sep="never")
print("x", file=None)
print("to stdout", file=sys.stdout)
n = sys.stdout.write("written\n")
print(n)
for kw in [{"sep": 5}, {"end": 1}, {"bogus": 1}, {"file": 3}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("a", 1, None, sep=",", end="!", file=w)
print(file=w)
print(w.parts)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {1: S()}, sep="; ")
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print("TypeError", e)
print("a\tb", "é", "\u00e9", chr(0x1F600) == "\U0001F600", "\x00" != "")
print(str(), str(1.0), str(None), str(b"x"), str(-0.0), str([None, True, "s"]))
