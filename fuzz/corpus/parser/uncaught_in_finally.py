# finally blocks run while an exception propagates out of the program
def f():
    try:
        raise RuntimeError("outer")
    finally:
        print("cleanup")
f()
