# Probing program (issue 13, round 2): exceptions kept in variables, __traceback__ and cycles
import gc, sys
class Res:
    live = 0
    def __init__(self):
        Res.live += 1
    def __del__(self):
        Res.live -= 1
def fail():
    r = Res()
    raise ValueError("bad")
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print(type(saved.__traceback__).__name__)
try:
    e
except NameError as ne:
    print("NameError", ne)
saved = None
gc.collect()
print(Res.live)
def catch_self():
    try:
        raise KeyError("k")
    except KeyError as err:
        return err
ex = catch_self()
print(repr(ex), ex.args, ex.__context__, ex.__cause__)
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError("wrapped") from z
    except RuntimeError as r:
        return r
c = chain()
print(type(c.__cause__).__name__, c.__suppress_context__, type(c.__context__).__name__)
print(c.__cause__ is c.__context__)
del c, ex
gc.collect()
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
print(sys.exc_info()[0])
