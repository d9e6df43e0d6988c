import traceback

def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    tb = traceback.extract_tb(e.__traceback__, limit=1)
    print(len(tb), tb[0].name, tb[0].line)
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    out = traceback.format_exception(k)
    print(sum(1 for l in out if "direct cause" in l), out[-1], end="")
    print(len(traceback.format_exception(k, chain=False)) < len(out))
e2 = RuntimeError("no tb")
print(traceback.format_exception(e2))
e3 = ValueError("with note")
e3.add_note("a note")
print(traceback.format_exception_only(e3))
print(traceback.format_exception_only(SyntaxError, None) if False else "skip")
fs = traceback.FrameSummary("file.py", 3, "fn", line="x = 1")
print(fs, fs.filename, fs.lineno, fs.name, fs.line, list(fs), fs == ("file.py", 3, "fn", "x = 1"))
print(traceback.format_list([("a.py", 1, "f", "pass")]))
