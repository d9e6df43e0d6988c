# AttributeError on instances, classes, and built-in values
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
c = C()
for name in ["inst", "cls_attr", "nope"]:
    try:
        print(name, getattr(c, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    C.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].nope = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "nope", "fallback"))
