# The json module as CPython 3.11 writes and reads JSON: dumps with every
# option (indent, separators, sort_keys, ensure_ascii, default, skipkeys,
# allow_nan), escapes and surrogate pairs, circular references, loads with
# hooks, and the decode errors with their positions.
import json
data = {"name": "gclab", "ok": True, "none": None, "n": [1, 2.5, -0.0, 1e100, 10**20], "nested": {"b": [], "a": {}},
        "uni": "h\u00e9llo \u2603 \U0001F600", "esc": "q\"b\\s/\n\t\x01", 3: "int key", 1.5: "float key", True: "bool", None: "none key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"z": 1, "a": [1, {"c": 2, "b": (3, 4)}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps([1, 2], indent="\t"))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps("x"), json.dumps(None))
class P:
    def __init__(self): self.x = 1
print(json.dumps({"p": P()}, default=lambda o: o.__dict__), json.dumps({(1, 2): 3}, skipkeys=True))
for bad in [lambda: json.dumps(P()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(set())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
text = json.dumps(data, indent=4)
back = json.loads(text)
print(back == {str(k) if not isinstance(k, str) else k: v for k, v in {"name": "gclab"}.items()} or sorted(back)[:4], back["uni"] == data["uni"], back["esc"] == data["esc"])
print(json.loads('  {"a": [1, 2.0, -3e2, true, false, null, "x\\u00e9\\ud83d\\ude00"], "b": {}}  '))
print(json.loads("[]"), json.loads("0"), json.loads("-0"), json.loads("-0.0"), json.loads('"\\/"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("1E5"), json.loads(b'[1]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads("1.5", parse_float=str), json.loads("7", parse_int=float), json.loads('"a\\tb"', strict=False))
for bad in ["", "  ", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "{1: 2}", "[1 2]", "\"abc", "\"a\\qb\"", "\"\\u12g4\"", "\"a\x01b\"", "tru", "[1] x", "{\"a\":}", "01", "-", "1.", ".5", "\"\\u12\"", "[", "{", "{\"a\"", "nul", "[1,\n 2,\n x]"]:
    try:
        json.loads(bad)
        print("parsed", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(3)
except TypeError as e:
    print("TypeError", e)
import sys
json.dump({"k": [1, 2]}, sys.stdout, indent=1)
print()
