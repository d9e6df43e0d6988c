# Probing program (issue 13, round 3): gc.get_referrers / get_referents for containers and frames-free cases
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name
target = Node("t")
holder_list = [target]
holder_dict = {"k": target}
holder_tuple = (target, 1)
holder_set_owner = Node("o")
holder_set_owner.ref = target
def kind(r):
    if r is holder_list:
        return "holder_list"
    if r is holder_dict:
        return "holder_dict"
    if r is holder_tuple:
        return "holder_tuple"
    if r is holder_set_owner.__dict__:
        return "owner.__dict__"
    if r is globals():
        return "globals"
    return type(r).__name__
print(sorted(kind(r) for r in gc.get_referrers(target)))
print(sorted(kind(r) for r in gc.get_referrers(holder_list)))
print([repr(x) for x in gc.get_referents(holder_list)])
print(len(gc.get_referents(holder_tuple)), gc.get_referents(1, "s", None), gc.get_referents())
print(sorted(type(x).__name__ for x in gc.get_referents(target)))
def f(a, b=[]):
    return a
print(sorted(type(x).__name__ for x in gc.get_referents(f)))
print(sorted(type(x).__name__ for x in gc.get_referents(Node)))
m = target.__repr__
print(sorted(type(x).__name__ for x in gc.get_referents(m)))
print(sorted(type(x).__name__ for x in gc.get_referents({1, 2, (3,)})))
print(sorted(type(x).__name__ for x in gc.get_referents(ValueError("a", [1]))))
g = (i for i in holder_list)
print(sorted(type(x).__name__ for x in gc.get_referents(iter(holder_list))))
cell_holder = None
def outer():
    v = Node("cell")
    def inner():
        return v
    return inner
inn = outer()
print([type(x).__name__ for x in inn.__closure__], [repr(x) for x in gc.get_referents(inn.__closure__[0])])
