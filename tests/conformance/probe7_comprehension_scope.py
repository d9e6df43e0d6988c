# comprehension scoping, walrus, eager first iterable
class C:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    try:
        zs = [x + y for x in xs for y in ys]
    except NameError as e:
        err = str(e)
print(C.ys, C.err)
x = 'outer'
l = [x for x in range(3)]
print(x, l)
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
def gen_eager():
    seq = [1, 2]
    g = (s * 10 for s in seq)
    seq = [9]
    return list(g)
print(gen_eager())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print({k: v for k, v in zip('ab', 'xy')}, {c for c in 'aab'} == {'a', 'b'})
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError", e)
g = (1 / 0 for _ in range(1))
print(type(g).__name__)
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (y for y in 5)
except TypeError as e:
    print("TypeError", e)
def outer():
    v = 'enclosing'
    return [v for _ in range(1)]
print(outer())
