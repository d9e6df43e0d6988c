# Probing program (issue 13, round 3): assigning an instance's __class__
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
        self.count = -1
c1 = Cnt(); c2 = Cnt()
c1.__class__ = Cnt
print(type(c1) is Cnt, c1.__class__.__name__, isinstance(c1, Cnt))
class Other:
    pass
o = Other()
o.__class__ = Cnt
print(type(o).__name__, o.count)
try:
    o.__class__ = int
except TypeError as e:
    print("TypeError", e)
