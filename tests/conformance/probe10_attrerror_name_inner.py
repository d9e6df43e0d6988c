class Rec:
    def __getattr__(self, name):
        raise AttributeError("x")
try:
    Rec().a
except AttributeError as e:
    print(e.name)
class P:
    @property
    def p(self):
        return self.q
try:
    P().p
except AttributeError as e:
    print(e.name)
try:
    getattr(P(), "p")
except AttributeError as e:
    print(e.name)
class R3:
    def __getattr__(self, name):
        return getattr(self, "inner")  if name != "inner" else [].nope
try:
    R3().a
except AttributeError as e:
    print(e.name, e.obj.__class__.__name__)
