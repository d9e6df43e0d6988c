# Mapping patterns: .get semantics, extra keys, **rest, key kinds, and the
# run-time duplicate-key ValueError.
import collections


class Keys:
    A = "a"
    B = "b"
    ONE = 1


def m(v):
    match v:
        case {"a": 1, "b": [x, y]}:
            return f"ab list {x} {y}"
        case {Keys.A: a, **rest}:
            return f"A={a} rest={sorted(rest.items())}"
        case {1: one, -2: mtwo, 2.5: f, None: n, "t": t}:
            return f"numbers {one} {mtwo} {f} {n} {t}"
        case {b"k": v}:
            return f"bytes key {v}"
        case {**everything} if len(everything) > 3:
            return f"big {len(everything)}"
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"


for v in [{"a": 1, "b": [2, 3]}, {"a": 1, "b": (2, 3), "c": 4}, {"a": 5},
          {1: "x", -2: "y", 2.5: "z", None: "n", "t": "t"}, {b"k": 7},
          {i: i for i in range(5)}, {"z": 0}, [("a", 1)], "a", collections.OrderedDict(a=9, q=1),
          collections.Counter("aab"), collections.defaultdict(int, a=3)]:
    print(m(v))

# .get: defaultdict's __missing__ is not called
dd = collections.defaultdict(list, {"x": 1})
match dd:
    case {"y": _}:
        print("wrong")
    case {"x": 1}:
        print("found x; keys now", sorted(dd))


class LoggingDict(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)


match LoggingDict(a=1, b=2):
    case {"a": 1, "c": 3}:
        print("wrong")
    case {"b": b, "a": a}:
        print("got", a, b)

# the rest dict is a new dict and the subject is untouched
src = {"k": 1, "l": 2, "m": 3}
match src:
    case {"k": _, **rest}:
        rest["new"] = 0
        print(sorted(rest), sorted(src))

# duplicate keys found at run time (values of attribute lookups)
def dup(v):
    match v:
        case {Keys.ONE: _, Keys.ONE: _}:
            return "dup"
    return "no"
try:
    print(dup({1: 1, 2: 2}))
except ValueError as e:
    print("ValueError:", e)
print(dup({1: 1}))

# mappingproxy is a mapping
match vars(Keys):
    case {"A": a}:
        print("mappingproxy", a)
