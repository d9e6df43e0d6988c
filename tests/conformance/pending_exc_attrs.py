# Attributes the interpreter sets on the exceptions it raises (PENDING:
# ImportError.name, NameError.name, AttributeError.name/.obj are not set;
# type.__subclasses__ is missing).
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
try:
    nope
except NameError as e:
    print(e.name)
try:
    object().zz
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
print(AttributeError("x").name, NameError("y").name, ImportError("z").name)
print([c.__name__ for c in ArithmeticError.__subclasses__()])
