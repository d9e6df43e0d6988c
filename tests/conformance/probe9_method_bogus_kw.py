# Every method called through a bound method object with a keyword it does
# not take: CPython refuses it (by name, or "takes no keyword arguments").
samples = {
    "list": ([3, 1, 2], ["append", "extend", "insert", "pop", "remove", "index", "count", "copy", "clear", "reverse", "sort"]),
    "dict": ({"a": 1}, ["get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "copy", "clear", "fromkeys"]),
    "set": ({1, 2}, ["add", "discard", "remove", "pop", "union", "intersection", "difference", "issubset", "isdisjoint", "update", "copy"]),
    "tuple": ((1, 2), ["index", "count"]),
    "str": ("a,b", ["split", "rsplit", "join", "strip", "replace", "upper", "find", "partition", "encode", "format", "center", "splitlines", "ljust", "expandtabs"]),
    "bytes": (b"a,b", ["split", "join", "strip", "replace", "decode", "find", "hex", "center", "count", "startswith"]),
    "bytearray": (bytearray(b"ab"), ["append", "extend", "pop", "insert", "remove", "decode", "copy"]),
    "int": (5, ["bit_length", "to_bytes", "conjugate", "as_integer_ratio", "bit_count"]),
    "float": (1.5, ["is_integer", "hex", "as_integer_ratio", "conjugate"]),
}
for tname in samples:
    obj, methods = samples[tname]
    for m in methods:
        bound = getattr(obj, m)
        try:
            bound(bogus=1)
            print(tname, m, "accepted")
        except TypeError as e:
            print(tname, m, e)
        except Exception as e:
            print(tname, m, type(e).__name__, e)
one_arg = [([1], "append"), ([1], "remove"), ([1], "index"), ([1], "count"), ({1}, "add"), ({1}, "discard"), ({"a": 1}, "get"), ("ab", "find"), ("ab", "count"), ("a", "join"), (b"a", "find"), ((1,), "index")]
for obj, m in one_arg:
    try:
        getattr(obj, m)(1, extra=2)
        print(type(obj).__name__, m, "extra accepted")
    except TypeError as e:
        print(type(obj).__name__, m, e)
    except Exception as e:
        print(type(obj).__name__, m, type(e).__name__, e)
