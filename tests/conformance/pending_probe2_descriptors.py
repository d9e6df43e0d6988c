# Probing program (issue 13, round 2), lines moved out of probe2_* programs:
# the slot wrappers and descriptor attributes of built-in types that gclab
# lacks (object.__ne__, function.__get__, property.__get__, a member
# descriptor's __name__/__objclass__, int.__truediv__ and friends).
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Money) and self.v == o.v
    __hash__ = None
print(Money(1).__ne__(Money(1)), Money(1).__ne__(Money(2)), Money(1).__ne__(3))
class M:
    def method(self):
        return self
m = M()
print(M.__dict__["method"].__get__(None, M) is M.__dict__["method"])
print(M.__dict__["method"].__get__(m, M)() is m)
class Temp:
    @property
    def c(self):
        return 5
t = Temp()
print(Temp.c.__get__(t, Temp), Temp.c.__get__(None, Temp) is Temp.c)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print("AttributeError", e)
class P:
    __slots__ = ("x", "y")
print(P.x.__name__, P.x.__objclass__ is P)
print(7 .__truediv__(2), (7).__floordiv__(2), int.__add__(1, 2), float.__mul__(2.0, 3.0))
