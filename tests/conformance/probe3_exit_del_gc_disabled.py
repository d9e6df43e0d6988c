# Probing program (issue 13, round 3): __del__ order at exit with automatic collection disabled (no collection reorders the objects before the modules go)
import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [D("in-list-1"), D("in-list-2")]
first = D("first")
tup = (D("tup-1"), D("tup-2"))
second = D("second")
gc.disable()
print("main ends")
