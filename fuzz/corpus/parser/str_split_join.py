# str.split and str.join
print("a b  c".split(), "a,b,,c".split(","), "  lead trail  ".split())
print("one".split(","), "".split(), "".split(","), "a::b".split("::"))
print(",".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join([]))
print(" ".join("abc"), "+".join(("1", "2")))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), "_".join(words))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
lines = "l1\nl2\nl3".split("\n")
print(lines)
