# Calls of built-in functions, method descriptors and types from one call
# site, quickened or not: the right receiver checks, errors and results.


class L(list):
    def total(self):
        return sum(self)


def call(f, *args):
    try:
        return f(*args)
    except TypeError as e:
        return "TypeError: %s" % e


def direct(n):
    out = []
    for i in range(n):
        s = "ab%d" % i
        out.append(len(s))
        out.append(str.upper(s))
        out.append(list.copy(L([i, s])))
        out.append(isinstance(s, str))
        out.append(abs(-i))
        out.append(min(i, 2))
        out.append(max(i, 2, 1))
        out.append(tuple(s))
        out.append(int(i))
    return out


print(direct(3))
print(call(str.upper, 5))
print(call(str.upper))
print(call(list.append, (), 1))
l = L([1, 2])
list.append(l, 3)
print(l, l.total())
print(call(len, 1))
print(call(len))
print(call(divmod, 7))
print(call(tuple, 1))
print(call(list.sort, [3, 1, 2]))
fs = [len, str.lower, abs, tuple, repr, L.copy, L.total]
args = ["Hello", "Hello", -4, "hi", 2.5, L("x"), L([4, 5])]
for k in range(2):
    print([f(a) for f, a in zip(fs, args)])
print([call(f, 1) for f in fs])
