# *args in function definitions
def total(*args):
    s = 0
    for a in args:
        s = s + a
    return s
print(total(), total(1), total(1, 2, 3))
def head(first, *rest):
    return (first, rest)
print(head(1), head(1, 2, 3))
def show(*args):
    print(type(args), len(args), args)
show()
show("x", [1])
def mixed(a, b=2, *more):
    return [a, b, more]
print(mixed(1), mixed(1, 5), mixed(1, 5, 6, 7))
