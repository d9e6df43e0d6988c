# difffuzz round 8 (seed 8400052): math.perm/comb/factorial with ints
# beyond 64 bits -- CPython 3.11's order of checks (n's sign, k's sign,
# k > n gives 0) and its OverflowErrors ("k must not exceed ...",
# "min(n - k, k) must not exceed ...", "factorial() argument should not
# exceed ...") instead of the ssize_t conversion's.
import math

cases = [
    ('math.perm(10**20, 10**20)', lambda: math.perm(10**20, 10**20)),
    ('math.perm(10**20, 2**63)', lambda: math.perm(10**20, 2**63)),
    ('math.perm(5, 10**20)', lambda: math.perm(5, 10**20)),
    ('math.perm(10**19, 10**19)', lambda: math.perm(10**19, 10**19)),
    ('math.perm(10**20)', lambda: math.perm(10**20)),
    ('math.perm(10**20, None)', lambda: math.perm(10**20, None)),
    ('math.comb(10**20, 10**19)', lambda: math.comb(10**20, 10**19)),
    ('math.comb(10**40, 10**20)', lambda: math.comb(10**40, 10**20)),
    ('math.comb(10**20, 10**20 - 3)', lambda: math.comb(10**20, 10**20 - 3)),
    ('math.comb(2**64, 2)', lambda: math.comb(2**64, 2)),
    ('math.comb(-1, 10**20)', lambda: math.comb(-1, 10**20)),
    ('math.comb(10**20, -1)', lambda: math.comb(10**20, -1)),
    ('math.comb(-10**20, -1)', lambda: math.comb(-10**20, -1)),
    ('math.factorial(-10**20)', lambda: math.factorial(-10**20)),
    ('math.factorial(10**20)', lambda: math.factorial(10**20)),
    ('math.perm(7, 3)', lambda: math.perm(7, 3)),
    ('math.comb(7, 3)', lambda: math.comb(7, 3)),
    ('math.perm(2**63, 1)', lambda: math.perm(2**63, 1)),
]
for e, f in cases:
    try:
        print(e, f())
    except Exception as x:
        print(e, type(x).__name__, x)
