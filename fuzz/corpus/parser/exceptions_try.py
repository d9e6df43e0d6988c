# try / except E as e / else / finally
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError as e:
        print("except", e)
        r = -1
    else:
        print("else", r)
    finally:
        print("finally", x)
    return r
print(attempt(2))
print(attempt(0))
try:
    [][1]
except KeyError as e:
    print("wrong")
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except Exception as e:
    print("caught by base:", type(e), e)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
nested()
try:
    raise TypeError
except TypeError as e:
    print("bare class raised:", repr(e))
x = 1
try:
    x = 2
finally:
    x = x + 10
print(x)
