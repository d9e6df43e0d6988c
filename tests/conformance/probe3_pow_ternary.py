# Probing program (issue 13, round 3): three-argument pow() with classes, int subclasses and floats
class M:
    def __rpow__(s, o):
        return 'r'
    def __pow__(s, o, m=None):
        return ('p', m)
class N:
    def __pow__(s, o, m=None):
        return NotImplemented
class I(int):
    pass
class J(int):
    def __pow__(s, o, m=None):
        return "J.__pow__"
print(pow(M(), 2, 5), pow(I(3), 2, 5), pow(J(3), 2, 5), pow(M(), 2))
for a in [(2, M(), 5), (2, 3, M()), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('a', 2, 3), (N(), 2, 3), (2.0, 'x', 3), (2, 2, 'm'), (True, 2, 3)]:
    try:
        print(pow(*a))
    except TypeError as e:
        print(e)
