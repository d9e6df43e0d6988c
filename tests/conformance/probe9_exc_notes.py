try:
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("first note")
        e.add_note("second")
        raise
except ValueError as e:
    print(e.__notes__)
    print(str(e), repr(e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print(err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
e2 = RuntimeError()
e2.add_note("")
print(e2.__notes__)
try:
    e2.add_note()
except TypeError as err:
    print(err)
e3 = Exception(1, 2)
print(e3.args, str(e3), repr(e3))
e3.args = [3]
print(e3.args, str(e3))
print(repr(Exception()), str(Exception()), repr(Exception("a",)))
try:
    raise ValueError("final") from KeyError("cause")
except ValueError as v:
    v.add_note("noted")
    print(repr(v.__cause__), v.__suppress_context__, v.__notes__)
raise TypeError("shown") from None
