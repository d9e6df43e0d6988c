# A hand-written JSON-like pretty printer and a tiny JSON parser.
def dump(v, indent=0, step=2):
    pad = " " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v:
            return "NaN"
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{pad}{' ' * step}{dump(str(k))}: {dump(x, indent + step, step)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        if all(not isinstance(x, (list, dict, tuple)) for x in v):
            return "[" + ", ".join(dump(x) for x in v) + "]"
        return "[\n" + ",\n".join(pad + " " * step + dump(x, indent + step, step) for x in v) + "\n" + pad + "]"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")

def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1; d = {}; ws()
            if s[pos] == "}":
                pos += 1; return d
            while True:
                k = value(); ws(); assert s[pos] == ":", pos; pos += 1
                d[k] = value(); ws()
                if s[pos] == ",":
                    pos += 1; continue
                pos += 1; return d
        if c == "[":
            pos += 1; a = []; ws()
            if s[pos] == "]":
                pos += 1; return a
            while True:
                a.append(value()); ws()
                if s[pos] == ",":
                    pos += 1; continue
                pos += 1; return a
        if c == '"':
            end = s.index('"', pos + 1)
            r = s[pos + 1:end]; pos = end + 1; return r
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos):
                pos += len(lit); return val
        start = pos
        while pos < len(s) and s[pos] in "+-.eE0123456789":
            pos += 1
        t = s[start:pos]
        return float(t) if any(ch in t for ch in ".eE") else int(t)
    return value()

doc = {"name": "gclab", "version": (0, 1), "tags": ["gc", "vm"], "nested": {"a": [1, {"b": None}], "e": {}},
       "ok": True, "ratio": 0.1 + 0.2, "text": 'say "hi"\n\u00e9', "empty": [], "big": 2 ** 70, "neg": -0.0}
text = dump(doc)
print(text)
back = parse(dump({k: v for k, v in doc.items() if k != "text"}))
print(back["nested"], back["big"] == doc["big"], back["ratio"], back["version"])
print(parse(' [1, 2.5e3, -4, "x", [], {}, false] '))
try:
    dump({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
