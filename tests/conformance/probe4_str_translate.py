t = str.maketrans({"a": "xy", 98: None, "c": 100})
print(sorted(t.items()), "abcabc".translate(t), "é".translate({233: "e"}), "héllo".translate(str.maketrans("hé", "HE", "l")))
for bad in [lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("a", "bc"),
            lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 3), lambda: str.maketrans(),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: "a".translate(), lambda: "a".translate(5),
            lambda: "abc".translate([None, "x"] * 60), lambda: "x".isidentifier(1), lambda: "a".translate(table={})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print([s.isidentifier() for s in ["_", "a1", "1a", "", "a b", "é", "a-b", "__init__", "class"]])
print(hash(""), hash(b""), hash(bytearray() if False else b""), {"": 1}[""])
