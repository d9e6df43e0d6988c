# Code object attributes (PENDING: a function's __code__ exposes none of
# CPython's co_* attributes).
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c.__code__.co_freevars, counter.__code__.co_cellvars, c.__code__.co_name)
print(counter.__code__.co_varnames, counter.__code__.co_argcount, c.__code__.co_nlocals)
