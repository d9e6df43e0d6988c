# iter() and next() on the built-in containers; StopIteration
for c in [[1, 2], (3, 4), "ab", {"k": 1, "j": 2}, range(2)]:
    it = iter(c)
    print(next(it), next(it))
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", repr(e))
it = iter([1, 2, 3])
print(next(it))
print(list(it))
it2 = iter(range(3))
print(iter(it2) is it2)
for x in it2:
    print("loop", x)
