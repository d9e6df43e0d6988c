import itertools as it

for name in ("permutations", "combinations_with_replacement", "starmap", "filterfalse", "compress", "zip_longest", "tee", "pairwise"):
    f = getattr(it, name)
    for args in ((), (1, 2, 3, 4), ("ab", "x"), ("ab", 1.0), ("ab", -1), ("ab", True)):
        try:
            r = f(*args)
            print(name, len(args), "ok", type(r).__name__)
        except Exception as e:
            print(name, len(args), type(e).__name__, e)
    for kw in ({"bogus": 1}, {"r": 1}, {"iterable": "ab", "r": 2}, {"data": "ab", "selectors": [1, 0]}):
        try:
            r = f(*(("ab",) if "iterable" not in kw and "data" not in kw else ()), **kw)
            print(name, sorted(kw), "ok", list(r) if name != "tee" else len(r))
        except Exception as e:
            print(name, sorted(kw), type(e).__name__, e)
try:
    it.permutations("ab", iterable="cd")
except TypeError as e:
    print(e)
try:
    it.compress(iterable="ab")
except TypeError as e:
    print(e)
try:
    it.compress(data="a", selectors=[1], x=2)
except TypeError as e:
    print(e)
print(list(it.permutations("abc", r=2))[:2], list(it.combinations_with_replacement(r=1, iterable="ab")))
