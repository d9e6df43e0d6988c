# unbounded recursion raises RecursionError, which can be caught
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught RecursionError")
print(isinstance(RecursionError(), RuntimeError))
def ok(n):
    if n == 0:
        return "bottom"
    return ok(n - 1)
print(ok(100))
try:
    down(0)
except RuntimeError as e:
    print("caught again as RuntimeError")
