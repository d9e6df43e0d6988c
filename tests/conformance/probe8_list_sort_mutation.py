lst = [3, 1, 2]
def key(x):
    lst.append(0)
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(lst)
lst2 = [3, 1, 2]
def key_clear(x):
    lst2.clear()
    return x
try:
    lst2.sort(key=key_clear)
except ValueError as e:
    print("ValueError", e)
print(lst2)
lst3 = [3, "a", 1]
try:
    lst3.sort()
except TypeError as e:
    print("TypeError", e)
print(lst3)
lst4 = [5, 4, 3, 2, 1]
def bad_key(x):
    if x == 2:
        raise KeyError("key fails at 2")
    return x
try:
    lst4.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e)
print(lst4)
print([1, 2, 3].index(3, 1), [1, 2, 3, 2].index(2, 2), [1, 2].index(1, -5, 5))
try:
    [1, 2, 3].index(1, 1)
except ValueError as e:
    print("ValueError", e)
l = [0, 1]
l.insert(100, "end")
l.insert(-100, "start")
l.insert(-1, "before end")
print(l)
print([1, 2, 3, 2].count(2), [[1]].count([1]), [].count(None))
l5 = [1, 2, 3]
l5[1:2] = []
l5[len(l5):] = [4, 5]
l5[:0] = "ab"
print(l5)
try:
    l5[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError", e)
l6 = [1, 2, 3, 4]
del l6[::2]
print(l6)
l7 = list(range(10))
del l7[-3:]
del l7[1:3]
print(l7, l7[-100:100], l7[5:1], l7[::-3])
a = [1, 2]
a.extend(a)
a += a[:1]
print(a, a * 0, [None] * 3, 2 * [[]])
nested = [[]] * 3
nested[0].append(1)
print(nested)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,)]))
x = [1, 2, 3]
print(x.reverse(), x, x.sort(reverse=True), x, x.copy() is x, x.clear(), x)
