# nonlocal is outside the subset (closures only read)
def outer():
    n = 0
    def inc():
        nonlocal n
        n = n + 1
    inc()
    return n
print(outer())
