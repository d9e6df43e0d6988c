# A JSON-like serialiser written in Python: nested dicts, lists, tuples,
# strings, ints, floats, booleans and None turned into text by a
# recursive function dispatching on isinstance, with string escaping,
# repr of floats, str.join, str.format and %-formatting, and an indenting
# pretty-printer.
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    if '"' not in s and "\\" not in s and "\n" not in s and "\t" not in s and "\r" not in s:
        return '"' + s + '"'
    return '"' + "".join(ESCAPES.get(ch, ch) for ch in s) + '"'


def dumps(obj):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, dict):
        return "{" + ", ".join("%s: %s" % (quote(str(k)), dumps(v)) for k, v in obj.items()) + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join([dumps(x) for x in obj]) + "]"
    raise TypeError("cannot serialise %s" % type(obj).__name__)


def pretty(obj, indent, out):
    pad = "  " * indent
    if isinstance(obj, dict) and obj:
        out.append("{")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            out.append("\n{}  {}: ".format(pad, quote(str(k))))
            pretty(v, indent + 1, out)
            if i + 1 < len(items):
                out.append(",")
        out.append("\n" + pad + "}")
    elif isinstance(obj, (list, tuple)) and obj:
        out.append("[")
        for i, v in enumerate(obj):
            out.append("\n" + pad + "  ")
            pretty(v, indent + 1, out)
            if i + 1 < len(obj):
                out.append(",")
        out.append("\n{}]".format(pad))
    else:
        out.append(dumps(obj))


def make_doc(i):
    return {
        "id": i,
        "name": "user_%d" % i,
        "score": i * 0.37 + 0.5,
        "active": i % 3 == 0,
        "tags": ["t%d" % (i % 5), "t%d" % (i % 7), 'quote"%d' % (i % 2)],
        "pos": (i % 10, i % 13, -i),
        "meta": {"note": "line\nbreak" if i % 4 == 0 else "plain", "ratio": 1.0 / (i + 1), "none": None},
    }


def main(n):
    total = 0
    sample = None
    for i in range(n):
        doc = make_doc(i)
        text = dumps(doc)
        total += len(text)
        if i % 50 == 0:
            out = []
            pretty(doc, 0, out)
            total += len("".join(out))
        if i == 7:
            sample = text
    print("total", total)
    print(sample)
    out = []
    pretty(make_doc(12), 0, out)
    print("".join(out))
    try:
        dumps({1: {2}})
    except TypeError as e:
        print("error:", e)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
