# type.__subclasses__() (PENDING: types keep no list of their subclasses,
# and FloatingPointError is not in the subset).
print([c.__name__ for c in ArithmeticError.__subclasses__()])
class A: pass
class B(A): pass
class C(A): pass
print([c.__name__ for c in A.__subclasses__()])
