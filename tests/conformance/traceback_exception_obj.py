# traceback.TracebackException: built from an exception (or its type,
# value and traceback), its attributes, the cause/context chain as
# TracebackExceptions, format(chain=...), format_exception_only.
# Paths are replaced by FILE.
import traceback


def clean(s):
    return s.replace(__file__, "FILE")


def show(items):
    for item in items:
        print(repr(clean(item)))


class AppError(Exception):
    pass


def load(key):
    return {'a': 1}[key]


def run():
    try:
        load('b')
    except KeyError as exc:
        raise AppError('cannot load b') from exc


try:
    run()
except AppError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__suppress_context__, type(te.stack).__name__, len(te.stack))
    print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, str(te.__cause__))
    print(te.__context__ is not None, te.__cause__.__cause__, te.__cause__.__context__)
    show(te.format())
    show(te.format(chain=False))
    show(te.format_exception_only())
    print([f.name for f in te.stack], [f.name for f in te.__cause__.stack])
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(len(te2.stack), len(te2.__cause__.stack))
    print(te == traceback.TracebackException.from_exception(e), te == 5)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.__cause__, te.__context__.exc_type.__name__, te.__suppress_context__)
    show(te.format())
e = ValueError('no traceback')
e.add_note('a note')
te = traceback.TracebackException.from_exception(e)
print(len(te.stack), te.__notes__)
show(te.format())
try:
    raise KeyError('k') from None
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.__suppress_context__, te.__context__ is None)
    show(te.format_exception_only())


class Loop(Exception):
    pass


a, b = Loop('a'), Loop('b')
a.__context__ = b
b.__context__ = a
te = traceback.TracebackException.from_exception(a)
print(str(te), str(te.__context__), te.__context__.__context__)
show(te.format())
