import atexit

def say(*a, **k):
    print("atexit", a, sorted(k.items()))

atexit.register(say, 1)
atexit.register(say, 2, key="v")
f = atexit.register(say, 3)
print(f is say)
def once():
    print("unregistered: never")
atexit.register(once)
atexit.unregister(once)
@atexit.register
def decorated():
    print("decorated runs first")
def failing():
    raise ValueError("ignored at exit")
atexit.register(failing)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
print("main done")
