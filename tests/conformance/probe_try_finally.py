# Probing program (issue 13): try/finally with return/break/continue, exc_info, except-name unbinding
def f():
    try:
        return 1
    finally:
        print("fin")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(h())
def k():
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
try:
    k()
except ValueError as e:
    print("caught", e)
def m():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"
    else:
        return "else"
    finally:
        print("m fin")
print(m())
import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def n():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as x:
        print("NE", x)
    except UnboundLocalError as x:
        print("ULE", x)
n()
