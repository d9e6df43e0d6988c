def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke at %d" % i
def f4():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError
            out.append(i)
        finally:
            continue
    return out
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
def f6():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
def f7():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("outer finally")
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            return "from except"
        finally:
            print("finally in except")
def f9():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print("finally", i)
def f10():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("f10 finally")
def f11():
    try:
        pass
    finally:
        pass
    return "plain"
def f12():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "NameError " + str(ne)
def f13():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
def f14():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else %d" % x
    finally:
        print("f14 finally")
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f11, f12, f13, f14):
    print(f.__name__, f())
try:
    f10()
except TypeError as e:
    print("f10", e, repr(e.__context__))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
    break
print("after break")
