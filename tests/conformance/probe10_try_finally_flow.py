def f1():
    try:
        return 1
    finally:
        print("f1 finally")
def f2():
    try:
        return 1
    finally:
        return 2
def f3():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f3 fin", i)
    return i
def f4():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
def f5():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
def f6():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                x = 100
def f7():
    try:
        try:
            raise KeyError(1)
        finally:
            print("inner fin")
    except KeyError as e:
        print("caught", e)
    else:
        print("else")
    finally:
        print("outer fin")
def f8():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                continue
        print("after", i)
def f9():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(f1(), f2(), f3(), f4(), f5(), f6())
f7()
f8()
print(f9())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen fin")
for v in gen():
    print(v)
    break
print("after loop")
