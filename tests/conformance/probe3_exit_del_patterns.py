# Probing program (issue 13, round 3): __del__ order at exit: globals holding instances directly, in lists, tuples, dicts and nested lists, cycles, an instance's attribute, a weakref with a callback
import weakref
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [D("in-list-1"), D("in-list-2")]
first = D("first")
inner = [[D("nested-1")], D("nested-2")]
tup = (D("tup-1"), D("tup-2"))
dct = {"a": D("dict-1"), "b": D("dict-2")}
second = D("second")
x = D("x")
y = D("y")
x.other = y
y.other = x
cyc = D("cyc")
cyc.me = cyc
holder = D("holder")
holder.child = D("child")
wr_target = D("wr-target")
wr = weakref.ref(wr_target, lambda r: print("weakref callback"))
later = D("later")
lst.append(later)
third = D("third")
print("main ends")
