# A failed large allocation raises MemoryError at once, leaves nothing
# half-built behind, and the program (and every later collection) goes on.
import gc

keep = [[i] for i in range(50)]
attempts = [
    ("list repeat", lambda: [0] * 2**50),
    ("list of range", lambda: list(range(10**15))),
    ("tuple of range", lambda: tuple(range(10**15))),
    ("sorted range", lambda: sorted(range(10**15))),
    ("str repeat", lambda: "ab" * 2**50),
    ("tuple repeat", lambda: (1, 2) * 2**50),
    ("list concat", lambda: [1] * 2**49 + [2]),
    ("extend", lambda: [].extend(range(10**15))),
]
for round in range(3):
    for name, f in attempts:
        try:
            f()
            print(name, "allocated?")
        except MemoryError as e:
            print(round, name, type(e).__name__, e.args)
        junk = [[j, {j: j}] for j in range(200)]
        gc.collect()
print(sum([k[0] for k in keep]), len(junk))
