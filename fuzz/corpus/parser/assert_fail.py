# a failing assert with a message terminates the program with status 1
def check(x):
    assert x > 0, "x must be positive"
    return x
print(check(1))
assert True
check(-5)
print("unreachable")
