errs = (KeyError, IndexError)
for exc in (KeyError("k"), IndexError(1), ValueError("v")):
    try:
        try:
            raise exc
        except errs as e:
            print("caught by tuple variable", type(e).__name__)
    except ValueError as e:
        print("outer caught", repr(e))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
try:
    raise GeneratorExit("g")
except Exception:
    print("not here")
except GeneratorExit as e:
    print("GeneratorExit", e)
class MyErr(LookupError):
    pass
try:
    raise MyErr("mine")
except (KeyError, LookupError) as e:
    print("LookupError caught", type(e).__name__, isinstance(e, LookupError))
try:
    {}["missing"]
except LookupError as e:
    print("dict KeyError via LookupError", repr(e))
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs before outer handler")
except ValueError as e:
    print("outer", e)
def raiser(cls):
    raise cls
for cls in (ValueError, TypeError, ZeroDivisionError, ArithmeticError):
    try:
        raiser(cls)
    except ZeroDivisionError:
        print(cls.__name__, "-> ZeroDivisionError handler")
    except ArithmeticError:
        print(cls.__name__, "-> ArithmeticError handler")
    except (ValueError, TypeError) as e:
        print(cls.__name__, "-> tuple handler", repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("x")
    except NotExc:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("y")
    except (ValueError, 5):
        print("first element matched")
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise KeyError("z")
    except (ValueError, 5):
        pass
except TypeError as e:
    print("TypeError", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry", e)
        continue
    finally:
        print("finally", count)
print("done", count)
def nested_reraise():
    try:
        raise ValueError("inner")
    except ValueError as e:
        try:
            raise TypeError("handler failed")
        except TypeError:
            pass
        raise
try:
    nested_reraise()
except ValueError as e:
    print("re-raised", e, repr(e.__context__))
try:
    assert False, "assert message"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
