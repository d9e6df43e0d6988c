# traceback.format_exception / print_exception / TracebackException of an
# exception group: the same margins as the interpreter's, format_exception_only
# without the parts.
import sys, traceback


def clean(text):
    # file names without their folder: the output must not depend on where the corpus is
    out = []
    for line in text.splitlines(True):
        i = line.find('File "')
        if i >= 0:
            j = line.index('"', i + 6)
            line = line[:i + 6] + line[i + 6:j].rsplit("/", 1)[-1] + line[j:]
        out.append(line)
    return "".join(out)


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print(clean("".join(traceback.format_exception(e))))
    print(clean(traceback.format_exc()), end="")
    print(traceback.format_exception_only(e))
te = traceback.TracebackException.from_exception(ExceptionGroup("x", [KeyError(1)]))
print(list(te.format()))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
print("".join(traceback.format_exception(wide, limit=None)))
def deep(n):
    return ValueError("leaf") if n == 0 else ExceptionGroup(f"l{n}", [deep(n - 1)])
print("".join(traceback.format_exception(deep(12))))
print("".join(traceback.TracebackException.from_exception(deep(3), max_group_depth=2).format()))
