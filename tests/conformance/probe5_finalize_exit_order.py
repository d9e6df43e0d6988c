import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def closer(name):
    print("finalize", name)

objs = [Res("a"), Res("b"), Res("c")]
fins = [weakref.finalize(o, closer, o.name) for o in objs]
print([f.alive for f in fins])
fins[1].atexit = False
extra = Res("d")
fd = weakref.finalize(extra, closer, "d-first")
fd2 = weakref.finalize(extra, closer, "d-second")
print(fd.peek()[2], fd2.peek()[2])
del objs[0]
print("removed a")
gone = Res("e")
fe = weakref.finalize(gone, closer, "e")
print(fe.detach()[2], fe.alive)
del gone
print("end of program")
