# Comprehension scopes: class bodies, shadowing, leaked names, nested
# comprehensions and lambdas inside them.
x = 'global x'


class Config:
    factor = 3
    names = ['a', 'b']
    scaled = [n * 2 for n in names]
    try:
        bad = [factor * i for i in range(3)]
    except NameError as e:
        error = str(e)
    firsts = {n: len(n) for n in names}


print(Config.scaled, Config.error, Config.firsts, hasattr(Config, 'n'), hasattr(Config, 'bad'))
squares = [x for x in range(4)]
print(x, squares)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
print([[c for c in w] for w in ['ab', 'c']], {k: [v] * k for k, v in [(1, 'a'), (2, 'b')]})
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in gs])


def outer():
    y = 10
    return [y + i for i in range(2)], {i: y for i in 'ab'}, sum(y * i for i in range(3))


print(outer())


def shadow():
    i = 'kept'
    [i for i in range(5)]
    return i


print(shadow())
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs, len([0 for _ in range(3) for _ in range(2)]))
gen = (n * n for n in range(3))
print(next(gen), list(gen), list(gen))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print('NameError:', e)
try:
    [1 for v in 5]
except TypeError as e:
    print('TypeError:', e)
print([(yv := v * 2) for v in range(3)], yv)
