# __repr__ and __str__ are used by repr(), str(), print and containers
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both!"
class OnlyRepr:
    def __repr__(self):
        return "R<" + str(7) + ">"
class OnlyStr:
    def __str__(self):
        return "only str"
b = Both()
r = OnlyRepr()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), [r, r])
s = OnlyStr()
print(s, str(s))
print(repr(s).startswith("<__main__.OnlyStr object at "))
print(str(1), repr("1"), str([1, "1"]), repr(None), str(2.0))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
