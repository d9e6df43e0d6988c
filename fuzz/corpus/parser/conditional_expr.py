# a if c else b, evaluated lazily
def loud(v):
    print("eval", v)
    return v
print(loud("yes") if True else loud("no"))
print(loud("yes") if 0 else loud("no"))
x = 7
print("even" if x % 2 == 0 else "odd", [("big" if i > 1 else "small") for i in range(3)])
y = 1 if x > 5 else 2 if x > 3 else 3
print(y)
