# an annotated name declared nonlocal afterwards
def f():
    x = 1
    def g():
        x: int
        nonlocal x
    return g
