# Probing program (issue 13, round 2): gc.get_referrers finds lists, dicts, instances, cells, tuples
import gc
class Holder:
    def __init__(self, x):
        self.x = x
target = ["target"]
in_list = [target]
in_dict = {"k": target}
in_tuple = (target, 1)
holder = Holder(target)
def make():
    t = target
    def inner():
        return t
    return inner
fn = make()
refs = gc.get_referrers(target)
print(any(r is in_list for r in refs))
print(any(r is in_dict for r in refs))
print(any(r is in_tuple for r in refs))
print(any(r is holder for r in refs))
cells = [r for r in refs if type(r).__name__ == "cell"]
print(len(cells), cells[0].cell_contents is target if cells else None)
print(sorted(set(type(r).__name__ for r in refs if r is not globals())))
print(any(r is globals() for r in refs))
del in_list[:]
refs = gc.get_referrers(target)
print(any(r is in_list for r in refs))
print(gc.get_referrers(42) == [] or True)
a = []
b = [a]
c = [a, b]
print(len([r for r in gc.get_referrers(a) if r is b or r is c]))
print(gc.get_referrers() == [])
