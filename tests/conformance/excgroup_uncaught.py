# An uncaught exception group prints its parts inside CPython 3.11's
# margins (nested groups, chained parts, 15 parts then 'and N more',
# nesting past 10 levels, notes, carets, a cause).
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])
def f(x):
    return x["k"] + 1
errs = []
for i in range(17):
    try:
        f({"k": "s"} if i % 2 else {})
    except Exception as e:
        e.add_note(f"note {i}")
        errs.append(e)
try:
    raise ExceptionGroup("wide", errs + [deep(12)]) from KeyError("cause")
except ExceptionGroup as g:
    g.add_note("group note")
    raise
