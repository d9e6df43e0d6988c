# Memoised recursion: integer partitions with a dict memo, edit distance
# with functools.lru_cache, Catalan numbers (big ints) and a collatz
# length table filled recursively.
import functools
import sys

sys.setrecursionlimit(10000)


def partitions(n, k, memo):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    r = memo.get(key)
    if r is None:
        r = partitions(n - k, k, memo) + partitions(n, k - 1, memo)
        memo[key] = r
    return r


def edit_distance(a, b):
    @functools.lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    return d(len(a), len(b))


@functools.cache
def catalan(n):
    if n < 2:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


def collatz_len(n, table):
    if n in table:
        return table[n]
    r = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1, table)
    table[n] = r
    return r


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    memo = {}
    p = partitions(n, n, memo)
    words = ["kitten", "sitting", "saturday", "sunday", "rosettacode", "raisethysword"]
    ed = 0
    for rep in range(n // 30 + 1):
        for w1 in words:
            for w2 in words:
                ed += edit_distance(w1 * (1 + rep % 2), w2)
    c = catalan(n // 2)
    table = {1: 1}
    best = max(range(1, n * 100), key=lambda k: collatz_len(k, table))
    print("partitions", p % 1000000007, len(memo))
    print("edits", ed)
    print("catalan digits", len(str(c)))
    print("collatz", best, table[best])
    print("checksum", (p + ed + c + best) % 1000000007)


main()
