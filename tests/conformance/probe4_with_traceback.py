# BaseException.with_traceback (the fourth probing round)
e = Exception("msg")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise ValueError("x")
except ValueError as v:
    tb = v.__traceback__
    w = KeyError("k").with_traceback(tb)
    print(w.__traceback__ is tb)
