# A function's __globals__, __builtins__ and __closure__ are read-only
# members (CPython 3.11): assigning or deleting one raises AttributeError
# and leaves the function as it was; __builtins__ is the builtins dict.
import builtins


def make():
    x = 1

    def f():
        return x

    return f


f = make()
print(f.__builtins__ is builtins.__dict__, f.__globals__ is globals(), len(f.__closure__))
for name in ("__globals__", "__builtins__", "__closure__"):
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(f, name, {})
            else:
                delattr(f, name)
            print(name, action, "allowed")
        except (AttributeError, TypeError) as e:
            print(name, action, type(e).__name__, e)
print(f(), f.__dict__, f.__builtins__ is builtins.__dict__)
