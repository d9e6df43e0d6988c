# A JSON-like serializer and parser written in Python: nested records are
# encoded to text, parsed back by a character-level recursive parser and
# compared.
import sys


def encode(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(repr(v))
    elif isinstance(v, str):
        out.append('"')
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            else:
                out.append(ch)
        out.append('"')
    elif isinstance(v, list):
        out.append("[")
        first = True
        for item in v:
            if not first:
                out.append(",")
            first = False
            encode(item, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for k, item in v.items():
            if not first:
                out.append(",")
            first = False
            encode(k, out)
            out.append(":")
            encode(item, out)
        out.append("}")
    else:
        raise TypeError("cannot encode " + type(v).__name__)


def dumps(v):
    out = []
    encode(v, out)
    return "".join(out)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        t = self.text
        while self.pos < len(t) and t[self.pos] in " \t\n":
            self.pos += 1

    def value(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def number(self):
        start = self.pos
        t = self.text
        while self.pos < len(t) and t[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = t[start:self.pos]
        if not s:
            raise ParseError("bad value at %d" % start)
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)

    def string(self):
        self.pos += 1
        parts = []
        t = self.text
        while True:
            c = t[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(parts)
            if c == "\\":
                self.pos += 1
                c = t[self.pos]
                parts.append("\n" if c == "n" else c)
            else:
                parts.append(c)
            self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "]":
                return items
            if c != ",":
                raise ParseError("expected , or ]")

    def obj(self):
        self.pos += 1
        d = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return d
        while True:
            self.skip()
            k = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise ParseError("expected :")
            self.pos += 1
            d[k] = self.value()
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "}":
                return d
            if c != ",":
                raise ParseError("expected , or }")


def make_record(i):
    return {
        "id": i,
        "name": "user%d" % i,
        "score": i * 0.25,
        "active": i % 3 == 0,
        "tags": ["t%d" % (i % 7), "g%d" % (i % 5)],
        "note": None if i % 4 else 'said "hi"\n',
        "pos": {"x": i % 17, "y": -(i % 13)},
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    checksum = 0
    for batch in range(n // 100 or 1):
        recs = [make_record(batch * 100 + i) for i in range(100)]
        text = dumps({"batch": batch, "records": recs})
        back = Parser(text).value()
        if back["records"] != recs:
            print("mismatch in batch", batch)
        checksum = (checksum * 7 + len(text) + sum(r["pos"]["x"] for r in back["records"])) % 1000000007
    print("last length", len(text))
    print(text[:80])
    print("checksum", checksum)


main()
