L = [3, 1, 2]
ops = [lambda: L.remove(9), lambda: L.index(9), lambda: [].pop(), lambda: L.pop(10),
       lambda: L[5], lambda: L.index(3, 1), lambda: L.insert(), lambda: L.sort(key=1),
       lambda: [1, "a"].sort(), lambda: L * "x", lambda: L + (1,), lambda: L["a"],
       lambda: L.pop("1"), lambda: L.count(), lambda: L.extend(5), lambda: sorted(L, cmp=1),
       lambda: [].index(0), lambda: L.__setitem__(9, 0), lambda: list(1), lambda: L[1:2:0]]
for op in ops:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(L * 0, L * -1, [0] * 3, L.index(2, -1), L.count(3), L.copy() is not L)
L.insert(-100, "front")
L.insert(100, "back")
print(L)
L[1:3] = "xyz"
print(L, L[::-1], L[-2:], L[:-10], L[10:])
del L[::2]
print(L)
L.extend(range(3))
L += "ab"
print(L, L.pop(), L.pop(0), L)
try:
    L[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
nums = [5, -3, 8, 0, -1, 7]
nums.sort(key=abs, reverse=True)
print(nums)
nums.sort()
print(nums, nums.reverse(), nums)
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
x = [1, 2]
x.append(x)
print(x, x == x, len(x))
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] == [], [[]] * 2, [1.0] == [1])
print(list(range(10))[2:8:3], list(range(10))[-1:-5:-2], list("abc")[::-1])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]), [1, 2].__len__())
y = [[0] * 2] * 2
y[0][0] = 1
print(y, [i * i for i in range(5) if i % 2] + [j for j in "ab"])
a = [1, 2, 3]
b = a
a += [4]
a = a + [5]
print(a, b, a is b)
print(list(enumerate("ab", 5)), list(zip(a, b, "xyz")))
