# bare raise re-raises the exception being handled
def f():
    try:
        raise ValueError("orig")
    except ValueError as e:
        print("logging", e)
        raise
try:
    f()
except ValueError as e:
    print("re-raised:", e)
def g(n):
    try:
        if n:
            raise KeyError(n)
        return "ok"
    except KeyError as e:
        if n > 1:
            raise
        return "handled"
print(g(0), g(1))
try:
    g(2)
except KeyError as e:
    print("KeyError:", e)
e = ValueError("kept")
try:
    raise e
except ValueError as caught:
    print(caught is e)
