import traceback, sys
def boom():
    raise ValueError("bad thing")
try:
    boom()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in tb])
    print(len(traceback.format_tb(e.__traceback__)))
try:
    try:
        boom()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    out = traceback.format_exception(e)
    print(sum("direct cause" in l for l in out), out[-1], end="")
e = RuntimeError("no tb")
print(traceback.format_exception(e))
e.add_note("a note")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("msg")))
def inner():
    return traceback.extract_stack()
st = inner()
print([f.name for f in st][-2:])
try:
    {}["x"]
except KeyError:
    print(sys.exc_info()[0].__name__, traceback.format_exc().splitlines()[-1])
print(repr(traceback.format_exc()))
