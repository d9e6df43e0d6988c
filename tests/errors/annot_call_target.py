# annotating a call
def f():
    pass
f(): int = 3
