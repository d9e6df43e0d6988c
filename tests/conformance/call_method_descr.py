# CALL_METHOD_DESCR (vm/eval.c): a call site of a built-in method called
# directly once quickened; the site then meets subclasses, a Python
# method of the same name, a bound method stored on the instance, a
# method raising and keyword calls.
class L(list):
    pass


class P:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(("P", x))


def add_all(target, xs):
    for x in xs:
        target.append(x)
    return target


print(add_all([], range(3)))
print(add_all(L(), "ab"), type(add_all(L(), "c")).__name__)
p = P()
add_all(p, [1, 2])
print(p.items)
print(add_all([0], (9,)))


class Q:
    def __init__(self):
        self.append = lambda x: print("instance attr", x)


add_all(Q(), [5])


def pops(xs):
    out = []
    while True:
        try:
            out.append(xs.pop())
        except IndexError as e:
            out.append(str(e))
            return out


print(pops([1, 2, 3]))
print(pops(L([4])))


def gets(d, keys):
    return [d.get(k, "-") for k in keys]


print(gets({"a": 1}, "ab"), gets({"b": 2}, "ab"))


def strs(words):
    return [w.upper().replace("A", "4").split("4") for w in words]


print(strs(["banana", "cat"]))
try:
    strs([1])
except AttributeError as e:
    print("AttributeError", e)


def sort_them(xs):
    xs.sort(key=len)
    xs.sort(reverse=True)
    return xs


print(sort_them(["bb", "a", "ccc"]))


def drop(xs):
    x = xs.pop()
    print("after pop", x, xs)


drop([1, 2])
try:
    [].remove(1)
except ValueError as e:
    print("ValueError", e)
s = set()
for i in range(4):
    s.add(i % 2)
print(sorted(s))
