# Attributes of built-in methods: method descriptors (list.append) and
# bound built-in methods ([].append, dict.fromkeys) name themselves and
# their owner as CPython's do.
l = [1]
for m in (list.append, str.join, dict.get):
    print(type(m).__name__, m.__name__, m.__qualname__, m.__objclass__)
b = l.append
print(type(b).__name__, b.__name__, b.__qualname__, b.__self__ is l)
f = dict.fromkeys
print(f.__name__, f.__qualname__, f.__self__, dict.__dict__["fromkeys"].__qualname__)
print(len.__name__, len.__qualname__, "x".upper.__qualname__, "x".upper.__self__)
