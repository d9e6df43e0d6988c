# Probing program (issue 13, round 3): finally with return/break/continue and loops
def a():
    for i in range(3):
        try:
            if i == 1:
                return "ret" + str(i)
        finally:
            print("fin", i)
    return "end"
print(a())
def b():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(b())
def c():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print("c-fin", i)
    return i
print(c())
def d():
    try:
        return 1
    finally:
        print("d-fin")
print(d())
def e():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(e())
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "swallowed? no"
try:
    print(f())
except ValueError as ex:
    print("raised", ex)
def g():
    while True:
        try:
            raise KeyError("g")
        finally:
            break
    return "break swallowed"
print(g())
def h():
    try:
        try:
            return "inner"
        finally:
            print("h inner fin")
    finally:
        print("h outer fin")
print(h())
def k():
    try:
        raise ValueError("k")
    except ValueError:
        return "from except"
    finally:
        print("k fin")
print(k())
def m(n):
    try:
        if n:
            raise TypeError("m")
    except TypeError:
        print("m except")
    else:
        print("m else")
        return "else-ret"
    finally:
        print("m finally")
    return "after"
print(m(0), m(1))
