# lib/*.py corners the fourth probing round found (functools, string, itertools)
from functools import total_ordering
import string
from itertools import groupby

@total_ordering
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return "v" + ".".join(map(str, self.p))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Ver(1, 2), sorted([b, a, Ver(0, 9)]))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
g = groupby([1, 1, 2])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
