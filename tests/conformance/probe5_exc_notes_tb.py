# Probing program (issue 13, round 5): notes of BaseException.add_note in printed tracebacks
class Odd:
    def __str__(self):
        return "odd note"
def check(x):
    if x < 0:
        e = ValueError("negative: %d" % x)
        e.add_note("while checking x")
        e.add_note("multi\nline note")
        raise e
    return x
try:
    check(-1)
except ValueError as err:
    print(err.__notes__, str(err), repr(err))
    err.__notes__.append(Odd())
    print(len(err.__notes__))
inner = KeyError("k")
inner.__notes__ = ("tuple note",)
try:
    inner.add_note("more")
except TypeError as te:
    print("TypeError:", te)
try:
    try:
        raise inner
    except KeyError as k:
        raise RuntimeError("outer") from k
except RuntimeError as r:
    r.add_note("outer note")
    print(r.__notes__, r.__cause__.__notes__)
try:
    try:
        check(-5)
    except ValueError as v:
        v.__notes__.append(Odd())
        raise RuntimeError("wrapped") from v
except RuntimeError as r:
    r.add_note("outer note")
    raise
