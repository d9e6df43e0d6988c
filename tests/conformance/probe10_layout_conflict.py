def attempt(label, make):
    try:
        c = make()
        print(label, "ok", [b.__name__ for b in c.__mro__])
    except TypeError as e:
        print(label, "TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class E1:
    __slots__ = ()
attempt("s1s2", lambda: type("X", (S1, S2), {}))
attempt("s1e1", lambda: type("X", (S1, E1), {}))
attempt("intlist", lambda: type("X", (int, list), {}))
attempt("listdict", lambda: type("X", (list, dict), {}))
attempt("exc_list", lambda: type("X", (ValueError, list), {}))
attempt("two_exc", lambda: type("X", (KeyError, IndexError), {}))
attempt("valerr_keyerr", lambda: type("X", (ValueError, KeyError), {}))
attempt("bool", lambda: type("X", (bool,), {}))
attempt("nonetype", lambda: type("X", (type(None),), {}))
attempt("range", lambda: type("X", (range,), {}))
attempt("slice", lambda: type("X", (slice,), {}))
attempt("func", lambda: type("X", (type(attempt),), {}))
attempt("int_slots", lambda: type("X", (int,), {"__slots__": ()}))
attempt("obj_int", lambda: type("X", (object, int), {}))
attempt("int_obj", lambda: type("X", (int, object), {}))
