# The traceback module's formatting functions on the subset's exceptions:
# the text an uncaught exception prints (source lines, carets, chains),
# cut into CPython's list items.  Paths are replaced by FILE.
import sys
import traceback

def clean(s):
    return s.replace(__file__, "FILE")

class CleanOut:
    """A file for print_exc and print_exception that hides the path."""
    def write(self, s):
        sys.stdout.write(clean(s))

def show(items):
    for item in items:
        print(repr(clean(item)))

def inner(d):
    return d["missing"]

def outer():
    return inner({}) + 1

print(repr(traceback.format_exc()))
try:
    outer()
except KeyError:
    print(clean(traceback.format_exc()), end="")
    traceback.print_exc(file=CleanOut())
    e = sys.exc_info()[1]

show(traceback.format_exception(e))
show(traceback.format_exception(type(e), e, e.__traceback__))
show(traceback.format_exception_only(e))
show(traceback.format_exception_only(type(e), e))
show(traceback.format_tb(e.__traceback__))
print(traceback.format_tb(None))

def convert():
    try:
        int("x1")
    except ValueError as exc:
        raise TypeError("converted") from exc

try:
    convert()
except TypeError as exc:
    show(traceback.format_exception(exc))

try:
    try:
        [][1]
    except IndexError:
        undefined_name_here
except NameError as exc:
    show(traceback.format_exception(exc))
    traceback.print_exception(exc, file=CleanOut())

def recurse(n):
    if n == 0:
        raise RuntimeError("deep")
    return recurse(n - 1)

try:
    recurse(6)
except RuntimeError as exc:
    show(traceback.format_exception(exc))

show(traceback.format_exception(ValueError("never raised")))
show(traceback.format_exception_only(KeyError("k")))
