# multiple inheritance is outside the subset
class A:
    pass
class B:
    pass
class C(A, B):
    pass
print(C())
