import gc
keep = [[i] for i in range(100)]
for k in range(5):
    for f in (lambda: [0] * 2**50, lambda: list(range(10**15)), lambda: (1,) * 2**50, lambda: "x" * 2**52):
        try:
            f()
        except MemoryError:
            pass
        junk = [[j, {j: j}] for j in range(500)]
        gc.collect()
print("recovered", len(keep))
