def f(a, **kw, b):
    pass
