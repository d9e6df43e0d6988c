# Unpacking in assignments, for loops and calls, with its error messages.
records = [('ann', 31, 'nyc', 'dev'), ('bob', 25, 'sf'), ('cy', 40, 'la', 'ops', 'lead')]
for name, age, *rest in records:
    print(name, age, rest)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
(a, b), [c, *d] = 'xy', (1, 2, 3)
print(a, b, c, d)
head, *_ = [9]
print(head, _)
for (k, v), idx in zip({'p': 1, 'q': 2}.items(), range(5)):
    print(k, v, idx)
for bad in ['a, b = [1, 2, 3]', 'a, b, c = (1, 2)', 'a, *b, c = [1]', 'a, b = 5', 'a, b = None', '(a, b), c = [1, 2], 3']:
    try:
        ns = {}
        exec_like = bad
        if bad == 'a, b = [1, 2, 3]':
            a, b = [1, 2, 3]
        elif bad == 'a, b, c = (1, 2)':
            a, b, c = (1, 2)
        elif bad == 'a, *b, c = [1]':
            a, *b, c = [1]
        elif bad == 'a, b = 5':
            a, b = 5
        elif bad == 'a, b = None':
            a, b = None
        else:
            (a, b), c = [1, 2], 3
        print('ok', bad)
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__ + ':', e)


def f(a, b, c=0, *args, **kw):
    return a, b, c, args, sorted(kw.items())


print(f(*[1, 2], *(3, 4), **{'x': 5}, y=6))
print(f(1, *'bc', **dict(z=1)))
print(*[1, 2], *'ab', sep='-')
merged = [*range(2), *'xy', *{'k': 1}]
print(merged, (*merged[:2], 'end'), {*'aab'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    f(1, **{'a': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    f(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    f(**[1])
except TypeError as e:
    print('TypeError:', e)
try:
    f(1, 2, **{1: 2})
except TypeError as e:
    print('TypeError:', e)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
