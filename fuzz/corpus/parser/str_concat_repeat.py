# + and * on strings, in operator, comparisons
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, a * -1, "" * 5)
print("oo" in a, "x" in a, "" in a, a < b, a == "f" + "oo")
s = ""
for i in range(5):
    s = s + str(i)
print(s, len(s))
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
s2 = "ab"
s2 += "cd"
s2 *= 2
print(s2)
