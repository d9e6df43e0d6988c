import weakref, atexit
class O:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def fin(tag):
    print("finalize", tag)
keep = []
for i in range(3):
    o = O(i)
    keep.append(o)
    weakref.finalize(o, fin, i)
atexit.register(print, "atexit 1")
atexit.register(print, "atexit 2")
o = None
f = weakref.finalize(keep[0], fin, "extra")
f.atexit = False
print("end of main")
