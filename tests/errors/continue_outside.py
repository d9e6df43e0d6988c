# continue inside a function but outside a loop
def f():
    continue
