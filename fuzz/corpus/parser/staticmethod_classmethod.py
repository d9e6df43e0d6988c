# @staticmethod and @classmethod
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def make(cls, deg):
        return cls(deg)
    @classmethod
    def describe(cls):
        return cls.unit
class Kelvin(Temp):
    unit = "K"
print(Temp.c_to_f(100), Temp(0).c_to_f(37))
t = Temp.make(21)
print(type(t) is Temp, t.deg)
k = Kelvin.make(300)
print(type(k) is Kelvin, k.deg, Kelvin.describe(), Temp.describe(), k.describe())
