# math, random, bisect, heapq, operator and string in everyday use (part 2)
# Each line prints one expression's repr, or the exception it raises.
import math, random, bisect, heapq, operator, string
from operator import itemgetter, attrgetter, methodcaller
class Obj:
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return "Obj(%r,%r)" % (self.a, self.b)
    def scale(self, k): return self.a * k

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (string.Template("cost: $").substitute()))
show(1, lambda: (string.Template("$a$b").get_identifiers(), string.Template("$1").is_valid()))
