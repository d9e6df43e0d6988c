# nested functions read enclosing variables through cells
def outer(n):
    def inner(x):
        return x + n
    return inner
add5 = outer(5)
add7 = outer(7)
print(add5(1), add7(1), add5(add7(0)))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def bind():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(bind())
def counter_view():
    data = [0]
    def bump():
        data[0] = data[0] + 1
        return data[0]
    return bump
b = counter_view()
print(b(), b(), b())
def two_levels(a):
    def mid(b):
        def deep(c):
            return a * 100 + b * 10 + c
        return deep
    return mid
print(two_levels(1)(2)(3))
def rec():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(rec()(10))
