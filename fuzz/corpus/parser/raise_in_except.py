# raising inside an except block; the new exception propagates
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number: " + s)
print(convert("12"))
try:
    convert("zz")
except TypeError as e:
    print("TypeError:", e)
def cleanup():
    try:
        raise KeyError("first")
    except KeyError as e:
        try:
            raise IndexError("second")
        except IndexError as e2:
            print("inner", e2)
        print("still in handler", e)
cleanup()
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print("outer got", e)
