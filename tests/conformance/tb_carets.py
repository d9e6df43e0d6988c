# Tracebacks with CPython 3.11's position markers (PEP 657): ~~~^^^ under
# the failing subscript, ^^^ under a name, none under a whole-line call.
def g(x):
    return x["a"]
def h():
    try:
        g({})
    except KeyError:
        print(undefined_name)
h()
