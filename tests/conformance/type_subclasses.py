# type.__subclasses__(): a type's direct subclasses, built-in ones first,
# then classes in the order they were made (type_subclasses_gc: classes
# that die leave the list).
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print(FloatingPointError.__mro__, issubclass(FloatingPointError, ArithmeticError))
try:
    raise FloatingPointError("fp")
except ArithmeticError as e:
    print(type(e).__name__, e)
class A: pass
class B(A): pass
class C(A): pass
print([c.__name__ for c in A.__subclasses__()])
class D(B, C): pass
print([c.__name__ for c in B.__subclasses__()], [c.__name__ for c in C.__subclasses__()])
print(D.__subclasses__(), type(A.__subclasses__()).__name__)
print(A.__subclasses__() is A.__subclasses__(), A.__subclasses__() == A.__subclasses__())
class E(A): pass
print([c.__name__ for c in A.__subclasses__()])
class MyErr(ZeroDivisionError): pass
print([c.__name__ for c in ZeroDivisionError.__subclasses__()])
print([c.__name__ for c in ArithmeticError.__subclasses__()])
class Meta(type): pass
class WithMeta(A, metaclass=Meta): pass
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in type.__subclasses__(type) if c is Meta])
print(WithMeta.__subclasses__(), [c.__name__ for c in D.__mro__])
for bad in [lambda: A.__subclasses__(1), lambda: A.__subclasses__(x=1), lambda: ArithmeticError.__subclasses__(2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(type(type.__dict__["__subclasses__"]).__name__)
