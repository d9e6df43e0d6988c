class A:
    pass
print(A.__name__)
m = int.mro()
