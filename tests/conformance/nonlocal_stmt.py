# nonlocal: gclab supports it (a superset of docs/language.md), with CPython's semantics
def outer():
    n = 0
    def inc():
        nonlocal n
        n = n + 1
    inc()
    return n
print(outer())
