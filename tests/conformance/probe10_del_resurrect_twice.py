import gc
saved = []
class R:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        R.count += 1
        print("del", self.name, R.count)
        if R.count < 3:
            saved.append(self)
r = R("a")
del r
print(len(saved))
r = saved.pop()
del r
print(len(saved))
print(len(saved), R.count)
class C:
    def __del__(self):
        print("C del")
        saved.append(self)
c = C()
c.me = c
del c
gc.collect()
print(len(saved))
saved.clear()
print("cleared")
gc.collect()
print("end")
