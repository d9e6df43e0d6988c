# FOR_ITER over ranges and lists (the item stored straight into the loop
# variable), slicing and slice assignment of lists made without a slice
# object, and `in` on sets of small ints tested by the jump after it:
# every edge the fast paths must give as the generic ones.

def ranges():
    total = 0
    for i in range(10):
        total += i
    print(total, i)
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    for i in range(0):
        print("never")
    for j in range(2**62, 2**62 + 3):
        total += j & 7
    print(total)
    for k in range(3):
        pass
    else:
        print("else", k)
    it = iter(range(5))
    for a in it:
        if a == 2:
            break
    for b in it:
        print("rest", b)
    big = 0
    for v in range(250, 262):   # past the small-int cache
        big += v
    print(big)
    for neg in range(-7, -2):
        big -= neg
    print(big)


def lists():
    xs = [1, 2, 3]
    for x in xs:
        if x < 3:
            xs.append(x * 10)   # the list grows while walked
    print(xs, x)
    it = iter([7, 8])
    for a in it:
        pass
    print(list(it), a)
    for a in it:                # an exhausted iterator stays exhausted
        print("never")
    ys = []
    for y in ys:
        print("never")
    for p, q in [(1, 2), (3, 4)]:
        print(p + q, end=" ")
    print()
    for z in (1, 2):            # a tuple: the generic form
        print(z, end=" ")
    print()
    for idx in [0, 1]:
        for idx2 in range(2):
            print(idx * 2 + idx2, end=" ")
    print()


def slices():
    l = list(range(10))
    print(l[:], l[2:5], l[::-1], l[8:2:-2], l[-3:], l[:-7], l[5:100], l[-100:2])
    print(l[None:3], l[3:None], l[::3], l[1::-1], l[2:2], l[7:3])
    print(l[True:3], l[1:False])    # bools: the slice object's path
    try:
        l[::0]
    except ValueError as e:
        print("ValueError", e)
    try:
        l[1:"x"]
    except TypeError as e:
        print("TypeError", e)
    print(l[2**70:], l[:2**70][:3], l[-2**70:2])
    m = l[:]
    m[:3] = m[7::-1]
    print(m)
    m[2:5] = []
    print(m)
    m[1:1] = (100, 200)
    print(m)
    m[:2] = m                   # itself: a copy first
    print(m)
    m[3:] = (c for c in "ab")
    print(m)
    m[-1:] = [None] * 3
    print(m)
    try:
        m[0:1] = 5
    except TypeError as e:
        print("TypeError", e)
    m[::2] = range(len(m[::2]))
    print(m)
    perm = [3, 1, 0, 2]
    flips = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    print(perm, flips)
    s = "abcdef"
    t = (1, 2, 3, 4)
    print(s[1:4], s[::-1], t[1:3], t[::2])


def membership():
    cols, d1, d2 = set(), {0, -1, 5}, frozenset({-3, 2**61 - 1, 2**62})
    hits = 0
    for c in range(-4, 8):
        if c in cols or c in d1 or c not in d2:
            hits += 1
        cols.add(c)
        cols.discard(c - 2)
    print(hits, sorted(cols))
    print(2**61 - 1 in d2, 0 in d2, 2**62 in d2, 2**61 in d2, -1 in d1, -2 in d1)
    print(1 in {1.0}, -1 in {-1.0}, 2 in {2.5}, True in {1}, 1 in {True})
    print([v in {1, 2} for v in (0, 1, 2, 3)], 3 not in {3})
    n = 0
    while n not in {5, 6}:
        n += 1
    print(n)
    print(1 in [1, 2], "a" in "abc", 3 in (1, 2), 2 in {2: 0})
    seen = []
    for v in (None, 0, 1, 2, 3, "x"):
        if v is None or v in {1, 2} and v is not True:
            seen.append(("a", v))
        if (v is not None and v not in {0, 3}) or v == "x":
            seen.append(("b", v))
        w = v is None or v in (2, 3)
        x = (v is not None and v < 2) if not isinstance(v, str) else v in "xyz"
        seen.append((w, x))
    print(seen)
    i = 0
    while i < 10 and i not in {7} or i == 8:
        i += 1
    print(i)


ranges()
lists()
slices()
membership()


def str_slices():
    s = "héllo wörld"
    for i in range(4):
        print(s[i:i + 3], s[::-i - 1], s[i:], s[:-i], s[i:2 ** 70], end=" | ")
    print()
    print("abc"[1:1], "abc"[5:], "abc"[::2], "abc"[True:], ""[:3])
    try:
        "abc"[::0]
    except ValueError as e:
        print("ValueError", e)


str_slices()
