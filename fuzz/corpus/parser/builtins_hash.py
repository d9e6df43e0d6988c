# hash(): equal values have equal hashes; ints hash to themselves
print(hash(1), hash(0), hash(-5), hash(12345), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2.0) == 2, hash(0.5) == hash(0.5))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(None) == hash(None), hash(-7) == -7)
for bad in [[], {}, [1]]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class C:
    pass
c = C()
print(hash(c) == hash(c))
