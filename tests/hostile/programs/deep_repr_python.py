import sys
sys.setrecursionlimit(1000000)
class Wrap:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return "W(" + repr(self.inner) + ")"
w = 0
for i in range(300000):
    w = Wrap(w)
print(repr(w))
