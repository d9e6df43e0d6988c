class A: pass
for n in ["__mro__", "__base__"]:
    for op in ["set", "del"]:
        try:
            if op == "set":
                setattr(A, n, ())
            else:
                delattr(A, n)
        except (AttributeError, TypeError) as e:
            print(n, op, type(e).__name__, e)
print(A.__mro__, A.__base__)
