# live finalizers run at exit, most recently created first
import weakref
class Res:
    def __init__(self, name):
        self.name = name
def bye(name):
    print("atexit finalizer", name)
keep = [Res("first"), Res("second"), Res("third")]
fs = [weakref.finalize(r, bye, r.name) for r in keep]
fs[1].detach()
dead = Res("dead")
weakref.finalize(dead, bye, "dead")
del dead
print("main done", fs[0].alive, fs[1].alive, fs[2].alive)
