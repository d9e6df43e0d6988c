# keyword arguments at call sites
def describe(name, kind="thing", size=1):
    return name + ":" + kind + ":" + str(size)
print(describe("a"))
print(describe("b", size=3))
print(describe(kind="k", name="n"))
print(describe("c", "tool", size=2))
class Box:
    def __init__(self, w, h=1):
        self.w = w
        self.h = h
    def area(self, scale=1):
        return self.w * self.h * scale
print(Box(3, h=4).area(), Box(w=2).area(scale=5))
try:
    describe("x", colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    describe("x", name="y")
except TypeError as e:
    print("TypeError:", e)
print(sorted([2, 3, 1], reverse=True))
print("a", "b", sep="-")
