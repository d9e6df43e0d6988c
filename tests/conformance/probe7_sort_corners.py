# list.sort: stability, keys, reverse, errors
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0]))
s1 = sorted(data, key=lambda p: p[1]); s2 = sorted(s1, key=lambda p: p[0])
print(s2)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print("TypeError", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
def bad_key(x):
    if x == 3:
        raise ValueError('key 3')
    return x
l = [5, 3, 1]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, l)
m = [3, 1, 2]
def mutate(x):
    m.append(x)
    return x
try:
    m.sort(key=mutate)
except ValueError as e:
    print("ValueError", e)
print(sorted('bAcD', key=str.lower), sorted(['bb', 'a', 'ccc', 'dd'], key=len))
print(sorted([3, 1, 2], reverse=1), sorted([], key=lambda x: 1 / 0), sorted((1,), key=lambda x: 1 / 0 if x > 1 else 0))
print(sorted([-1, 1, -2, 2], key=abs), sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]))
print(min([], default='empty'), max([3, 1], key=lambda x: -x), min('abc', 'abd'), max(1, 2, key=lambda x: 0))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'K%d' % self.v
print(sorted([K(2), K(1), K(3)]), max([K(2), K(5), K(1)]))
try:
    sorted([K(1), 2])
except TypeError as e:
    print("TypeError", e)
