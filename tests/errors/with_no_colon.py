def f():
    with g() as x
        pass
