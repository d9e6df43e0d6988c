# set iteration order after random adds, discards, pops and set operations (CPython 3.11 table layout)
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = 0
for trial in range(300):
    s = set()
    t = set([rnd(500) - 250 for i in range(rnd(40))])
    for step in range(rnd(200)):
        op = rnd(10)
        v = rnd(300) * (1 if rnd(2) else 100003) - 100
        if op < 5:
            s.add(v)
        elif op < 8:
            s.discard(v)
        elif op == 8 and s:
            s.pop()
        else:
            s |= {v, v + 1, v * 3}
    r = [list(s), list(s | t), list(s & t), list(s - t), list(t - s), list(s ^ t), list(t ^ s), list(s.union(range(20))), list(set(list(s)))]
    if trial < 5:
        print(r)
    out = (out * 31 + hash(str(r))) % 1000000007 if False else out
    for l in r:
        for x in l:
            out = (out * 31 + x) % 1000000007
print(out)
