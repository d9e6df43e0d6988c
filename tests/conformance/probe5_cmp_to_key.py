# Probing program (issue 13, round 5): functools.cmp_to_key's KeyWrapper as CPython's C type
import functools
def by_len(a, b):
    return len(a) - len(b)
K = functools.cmp_to_key(by_len)
print(type(K).__name__, type(K).__module__, type(K).__qualname__, repr(K).startswith("<functools.KeyWrapper object at "))
k1, k2 = K("abc"), K(obj="de")
print(k1.obj, k2.obj, K.obj, k1 < k2, k1 > k2, k1 == K("xyz"), k1 != k2, k1 <= k2, k1 >= k2)
print(sorted(["ccc", "a", "bb", ""], key=K), max(["ccc", "a"], key=K), min("x yy z".split(), key=K))
k1.obj = "zzzzz"
print(k1 > k2)
tests = [lambda: K(), lambda: K(1, 2), lambda: K(x=1), lambda: K(1, obj=2), lambda: k1 < 1, lambda: k1 == "abc",
         lambda: hash(k1), lambda: functools.cmp_to_key(), lambda: functools.cmp_to_key(1, 2),
         lambda: functools.cmp_to_key(x=1), lambda: K < K, lambda: K(1) < K(None)]
for t in tests:
    try:
        print(t())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def bad(a, b):
    return "str"
try:
    sorted([1, 2], key=functools.cmp_to_key(bad))
except TypeError as e:
    print("TypeError", e)
print(functools.cmp_to_key(mycmp=by_len)("ab").obj)
