import json
doc = {"name": "Widget", "tags": ["a", "b"], "price": 12.5, "count": 3, "active": True, "parent": None,
       "nested": {"z": 1, "a": [1.0, 2e20, -0.0, 1e-7]}, "uni": "héllo ✓", "esc": "quote\" back\\ nl\n tab\t"}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == doc, type(back["count"]).__name__, type(back["price"]).__name__)
print(json.loads('[1, 2.5, "x", null, true, false, {"a": {}}, []]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(" 3 "), json.loads("-1.5e3"))
for bad in ['{"a": 1,}', "[1, 2", "", "nul", "{'a': 1}", "[1] x", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno, "|", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({1: "int key", 2.5: "f", True: "b", None: "n"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Pt(1, 2)], default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Pt(**d)).y)
print(json.loads("[1.5, 2]", parse_float=str), json.dumps("é"), json.dumps((1, 2)), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(repr(json.dumps("\x00\x1f\x7f")), json.dumps(10 ** 30), json.dumps(1e16), json.dumps(0.1))
