import bisect

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 3, 5, 7]
attempt("noargs", lambda: bisect.bisect_left())
attempt("one", lambda: bisect.bisect_left(a))
attempt("lo-neg", lambda: bisect.bisect_right(a, 3, -1))
attempt("hi-neg", lambda: bisect.bisect_left(a, 3, 0, -5))
attempt("hi-big", lambda: bisect.bisect_left(a, 10, 0, 100))
attempt("lo-gt-hi", lambda: bisect.bisect_left(a, 3, 3, 1))
attempt("lo-float", lambda: bisect.bisect_left(a, 3, 1.5))
attempt("hi-none", lambda: bisect.bisect_left(a, 3, hi=None))
attempt("key", lambda: bisect.bisect_left([("a", 1), ("b", 5)], 3, key=lambda t: t[1]))
attempt("key-none", lambda: bisect.bisect_right(a, 3, key=None))
attempt("tuple", lambda: bisect.bisect((1, 2, 3), 2))
attempt("str", lambda: bisect.bisect("ace", "b"))
attempt("insort-tuple", lambda: bisect.insort((1, 2), 3))
attempt("insort-lo", lambda: (lambda l: (bisect.insort_left(l, 0, 2), l)[1])([1, 2, 3]))
attempt("insort-key", lambda: (lambda l: (bisect.insort_right(l, ("x", 2), key=lambda t: t[1]), l)[1])([("a", 1), ("b", 2), ("c", 3)]))
attempt("mixed", lambda: bisect.bisect([1, 2], "a"))
attempt("kw-x", lambda: bisect.bisect_left(a, x=3))
attempt("kw-a", lambda: bisect.bisect_left(a=a, x=3))
attempt("extra", lambda: bisect.bisect_left(a, 3, 0, 4, None, 9))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        print("get", i)
        return i * 10
attempt("seq", lambda: bisect.bisect_left(Seq(), 25))
