# Probing program (issue 13, round 3): __del__ and finalizers at interpreter exit: module globals' order
import weakref
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
first = D("first")
second = D("second")
third = D("third")
lst = [D("in-list-1"), D("in-list-2")]
fin_target = D("fin-target")
weakref.finalize(fin_target, print, "finalize fin-target")
def cleanup():
    print("cleanup uses", first.name)
print("main ends")
