# sys.exit(3) still runs the atexit callbacks, newest first; a SystemExit
# inside one is reported as ignored and does not change the status.
import atexit, sys
def h():
    print("handler")
    sys.exit(5)
atexit.register(h)
atexit.register(print, "second")
print("main")
sys.exit(3)
