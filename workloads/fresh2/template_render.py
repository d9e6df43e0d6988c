# A small template engine in the manner of Mako/Jinja micro-benchmarks:
# templates with {{ expr }} substitutions, {% for %} / {% if %} blocks
# and filters are compiled once into node objects, then rendered many
# times against dict contexts into HTML with escaping.  str.find,
# slicing, method dispatch on node classes, list-join string building.
import sys

ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"))


def escape(s):
    s = str(s)
    for a, b in ESCAPES:
        if a in s:
            s = s.replace(a, b)
    return s


FILTERS = {
    "upper": lambda v: str(v).upper(),
    "title": lambda v: str(v).title(),
    "money": lambda v: "%.2f" % v,
    "len": len,
}


def lookup(ctx, expr):
    parts = expr.split("|")
    path = parts[0].strip().split(".")
    v = ctx[path[0]]
    for p in path[1:]:
        v = v[p] if isinstance(v, dict) else getattr(v, p)
    for f in parts[1:]:
        v = FILTERS[f.strip()](v)
    return v


class Text:
    def __init__(self, s):
        self.s = s

    def render(self, ctx, out):
        out.append(self.s)


class Var:
    def __init__(self, expr):
        self.expr = expr

    def render(self, ctx, out):
        out.append(escape(lookup(ctx, self.expr)))


class For:
    def __init__(self, name, seq, body):
        self.name = name
        self.seq = seq
        self.body = body

    def render(self, ctx, out):
        items = lookup(ctx, self.seq)
        inner = dict(ctx)
        for i, item in enumerate(items):
            inner[self.name] = item
            inner["loop"] = {"index": i + 1, "first": i == 0, "last": i == len(items) - 1}
            for node in self.body:
                node.render(inner, out)


class If:
    def __init__(self, cond, body, orelse):
        self.cond = cond
        self.body = body
        self.orelse = orelse

    def render(self, ctx, out):
        for node in (self.body if lookup(ctx, self.cond) else self.orelse):
            node.render(ctx, out)


def parse(src):
    pos = 0
    stack = [("root", [], None)]
    while pos < len(src):
        i = src.find("{", pos)
        if i < 0 or i + 1 >= len(src):
            stack[-1][1].append(Text(src[pos:]))
            break
        if src[i + 1] not in "{%":
            stack[-1][1].append(Text(src[pos:i + 1]))
            pos = i + 1
            continue
        if i > pos:
            stack[-1][1].append(Text(src[pos:i]))
        if src[i + 1] == "{":
            j = src.index("}}", i)
            stack[-1][1].append(Var(src[i + 2:j]))
            pos = j + 2
            continue
        j = src.index("%}", i)
        words = src[i + 2:j].split()
        pos = j + 2
        if words[0] == "for":
            stack.append(("for", [], (words[1], words[3])))
        elif words[0] == "if":
            stack.append(("if", [], words[1]))
        elif words[0] == "else":
            kind, body, arg = stack.pop()
            stack.append(("else", [], (arg, body)))
        elif words[0] in ("endfor", "endif"):
            kind, body, arg = stack.pop()
            if kind == "for":
                node = For(arg[0], arg[1], body)
            elif kind == "if":
                node = If(arg, body, [])
            else:
                node = If(arg[0], arg[1], body)
            stack[-1][1].append(node)
        else:
            raise SyntaxError("unknown tag " + words[0])
    return stack[0][1]


PAGE = """<html><head><title>{{ title|title }}</title></head><body>
<h1>{{ user.name }} ({{ user.email }})</h1>
{% if items %}<table>
{% for it in items %}<tr class="{% if loop.first %}first{% else %}row{% endif %}">
<td>{{ loop.index }}</td><td>{{ it.name }}</td><td>{{ it.price|money }}</td>
{% if it.tags %}<td>{% for t in it.tags %}<b>{{ t|upper }}</b>{% if loop.last %}{% else %}, {% endif %}{% endfor %}</td>{% endif %}
</tr>
{% endfor %}</table>{% else %}<p>nothing</p>{% endif %}
<p>{{ items|len }} items, note: {{ note }}</p></body></html>
"""


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    nodes = parse(PAGE)
    total = 0
    digest = 0
    for k in range(n):
        items = [{"name": "item <%d>" % j, "price": (j * 37 + k) % 1000 / 7,
                  "tags": ["t%d" % t for t in range(j % 4)]} for j in range(k % 12)]
        ctx = {"title": "report number %d" % k, "items": items,
               "user": {"name": "User & Co %d" % (k % 50), "email": "u%d@example.org" % k},
               "note": '"quoted" & <tagged>' if k % 3 == 0 else "plain"}
        out = []
        for node in nodes:
            node.render(ctx, out)
        page = "".join(out)
        total += len(page)
        digest = (digest * 131 + len(page) + page.count("<b>")) % 1000000007
        if k == 7:
            print(page)
    print("rendered", n, "bytes", total, "digest", digest)


main()
