# atexit._run_exitfuncs runs and empties the callbacks; _clear drops them;
# a callback registered while they run at exit is not called; the
# callbacks still run when the main program ends with an exception.
import atexit

n0 = atexit._ncallbacks()
log = []
atexit.register(log.append, 1)
atexit.register(log.append, 2)
atexit._run_exitfuncs()
print(log, atexit._ncallbacks() - n0 <= 0)
atexit.register(print, "cleared")
atexit._clear()
print(atexit._ncallbacks())

def late():
    print("registered during exit: not run")

def at_exit(tag):
    print("at exit", tag)
    atexit.register(late)

class Eq:
    def __eq__(self, other):
        return other == "remove me"
    def __call__(self):
        print("Eq called")

atexit.register(at_exit, "a")
atexit.register(Eq())
atexit.unregister("remove me")
atexit.register(at_exit, "b")
print("raising")
raise KeyError("main program failed")
