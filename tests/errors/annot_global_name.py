# an annotated name declared global
def f():
    global x
    x: int = 3
