import gc

saved = []
class Phoenix:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Phoenix.count += 1
        print("del", self.name, Phoenix.count)
        saved.append(self)

p = Phoenix("p")
del p
print("after first del", len(saved), gc.is_finalized(saved[0]))
q = saved.pop()
del q
print("after second del: __del__ runs once", len(saved))
a = Phoenix("cyc")
a.me = a
del a
print("collect", gc.collect() >= 0, len(saved))
c = saved.pop()
print(c.name, c.me is c, gc.is_finalized(c))
del c
print("collect again", gc.collect() >= 0, len(saved), Phoenix.count)
b = Phoenix("fresh")
b2 = b
del b
print("still referenced", Phoenix.count)
del b2
print("done", Phoenix.count, [s.name for s in saved])
