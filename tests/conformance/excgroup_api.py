# PEP 654 exception groups: construction rules and messages, the class
# chosen, split/subgroup/derive (nesting, notes copied, identity when the
# whole group matches), subclasses overriding derive, read-only members.
import gc
def attempt(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ExceptionGroup("m", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", 3))
attempt(lambda: ExceptionGroup(3, [ValueError()]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup("m", [1]))
attempt(lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt(lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__, ExceptionGroup.__module__, BaseExceptionGroup.__module__)
print(issubclass(ExceptionGroup, Exception), isinstance(ExceptionGroup("a", [ValueError()]), Exception))

eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
eg.add_note("a note")
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, m.__suppress_context__, eg.__suppress_context__)
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(lambda e: True) is eg, eg.split(BaseException)[0] is eg, eg.split(OSError))
print(eg.subgroup((KeyError, OSError)))
attempt(lambda: eg.split(3))
attempt(lambda: eg.split("x"))
attempt(lambda: eg.subgroup((ValueError, 3)))
print(eg.message, eg.exceptions, eg.args[0])
attempt(lambda: setattr(eg, "message", "x"))
print(str(ExceptionGroup("one", [ValueError()])), str(eg))

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(me.split(ValueError)))
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
attempt(lambda: Bad("b", [ValueError(1), TypeError(2)]).split(ValueError))
print(type(BaseExceptionGroup("m", [ValueError()]).derive([KeyboardInterrupt()])).__name__)
print(gc.is_tracked(eg))
def pred_err(e):
    raise RuntimeError("pred")
attempt(lambda: eg.split(pred_err))
class MyBEG(BaseExceptionGroup): pass
attempt(lambda: MyBEG("b", [KeyboardInterrupt()]))
class MyEG2(Exception, BaseExceptionGroup): pass
attempt(lambda: MyEG2("b", [KeyboardInterrupt()]))
