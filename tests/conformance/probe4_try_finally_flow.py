def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f3 finally", i)
    return i
def f4():
    x = []
    for i in range(3):
        try:
            x.append(i)
            continue
        finally:
            x.append("f")
    return x
def f5():
    try:
        try:
            raise KeyError("a")
        finally:
            print("inner finally")
    except KeyError as e:
        return "outer caught " + str(e)
def f6():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("f6 finally")
def f7():
    try:
        pass
    except Exception:
        return "no"
    else:
        r = "else ran"
    finally:
        r += " + finally"
    return r
def f8():
    count = 0
    while True:
        try:
            count += 1
            if count > 2:
                return count
        finally:
            if count == 3:
                print("f8 leaving at", count)
print(f1(), f2(), f3(), f4(), f5(), f6(), f7(), f8())
def f9():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as t:
            return repr(t.__context__)
print(f9())
def f10():
    try:
        raise RuntimeError("x")
    except RuntimeError as e:
        pass
    try:
        e
    except NameError as ne:
        return "e unbound: " + str(ne)
print(f10())
def f11(n):
    try:
        if n:
            raise IndexError(n)
        return "ok"
    except IndexError as e:
        return "idx %s" % e
    finally:
        print("f11", n)
print(f11(0), f11(2))
