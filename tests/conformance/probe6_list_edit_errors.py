# List editing: slices with steps, negative inserts, remove/index errors,
# sort stability with keys, list comparisons, and their messages.
data = list(range(10))
del data[::3]
print(data)
data[1:3] = 'xyz'
print(data)
data[::2] = [0] * len(data[::2])
print(data)
try:
    data[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
data.insert(-1, 'neg')
data.insert(100, 'end')
data.insert(-100, 'start')
print(data)
try:
    data.remove('missing')
except ValueError as e:
    print('ValueError:', e)
try:
    data.index(0, 3, 5)
except ValueError as e:
    print('ValueError:', e)
print(data.index(0, 3), data.count(0))
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2][2]
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2]['a']
except TypeError as e:
    print('TypeError:', e)
try:
    [3, 'a', 1].sort()
except TypeError as e:
    print('TypeError:', e)
people = [('bob', 25), ('amy', 30), ('cal', 25), ('dee', 30), ('eve', 22)]
people.sort(key=lambda p: p[1], reverse=True)
print(people)
print(sorted(people, key=lambda p: (-p[1], p[0])))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [[1]] == [[1.0]])
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested, [[0] * 2 for _ in range(2)])
print([1, 2] * 0, [1, 2] * -1, 3 * [None])
lst = [5, 1, 4]
lst += range(2)
lst.extend('ab')
print(lst, lst[::-2], lst[-3:], lst[10:], lst[-100:2])
it = [1, 2, 3]
print(it.__len__(), list.__contains__(it, 2), it.copy() is it, it.copy() == it)
print(list(reversed(it)), it[::-1] == list(reversed(it)))
try:
    lst.sort(key=len)
except TypeError as e:
    print('TypeError:', e)
print(lst)
