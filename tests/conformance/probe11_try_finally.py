# try/finally interplay with return, break, continue and exception context.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f3 finally", i)
    return i
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f5():
    try:
        raise ValueError("first")
    finally:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("inner", repr(e), repr(e.__context__))
def f6():
    x = []
    for i in range(4):
        try:
            if i % 2:
                continue
            x.append(i)
        finally:
            x.append("f%d" % i)
    return x
print(f1(), f2(), f3(), f4())
try:
    f5()
except ValueError as e:
    print("f5 raised", repr(e), e.__context__)
print(f6())
def f7():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
        finally:
            print("f7 inner finally")
    except IndexError as e:
        return (repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
print(f7())
def f8():
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    try:
        print(e)
    except NameError as ne:
        print("NameError:", ne)
    return err
print(repr(f8()))
def f9(n):
    try:
        if n == 0:
            raise ZeroDivisionError("zero")
        return 10 / n
    except ZeroDivisionError:
        return "handled"
    else:
        print("else runs", n)
    finally:
        print("finally", n)
print(f9(0), f9(4))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
    break
print("after loop")
g = gen(); next(g); del g
print("after del")
