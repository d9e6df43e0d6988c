# Probing program (issue 13): __slots__ attributes, subclasses, errors
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a)
try:
    s.b
except AttributeError as e:
    print("AE", e)
try:
    s.c = 1
except AttributeError as e:
    print("AE", e)
print(hasattr(s, "__dict__"), S.__slots__)
class T(S):
    pass
t = T()
t.c = 3
print(t.c, t.__dict__)
class U(S):
    __slots__ = ("c",)
u = U(); u.c = 5; print(u.c, hasattr(u, "__dict__"))
del s.a
try:
    del s.a
except AttributeError as e:
    print("AE", e)
print(type(S.a).__name__)
