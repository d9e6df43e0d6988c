# A small XML toolkit written from scratch: a character-level parser for
# elements, attributes (single and double quotes), text, entities, comments
# and self-closing tags into an Element tree with parent links; a path
# query language ("catalog/book[@lang=en]/title", "//price", "*") walked
# recursively; tree edits (attribute updates, removing and re-parenting
# subtrees); and a serializer with escaping and indentation.  The input
# documents are generated catalogs.
# Parameters: books per catalog (default 400), rounds (default 3), seed (default 13).
import sys


class XMLError(Exception):
    def __init__(self, msg, pos):
        super().__init__("%s at %d" % (msg, pos))
        self.pos = pos


class Element:
    def __init__(self, tag, attrs=None, parent=None):
        self.tag = tag
        self.attrs = attrs or {}
        self.children = []
        self.text = ""
        self.parent = parent

    def append(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def remove(self, child):
        self.children.remove(child)
        child.parent = None

    def iter(self):
        yield self
        for c in self.children:
            yield from c.iter()

    def path(self):
        parts = []
        node = self
        while node is not None:
            parts.append(node.tag)
            node = node.parent
        return "/".join(reversed(parts))


ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise XMLError(msg, self.i)

    def skip_ws(self):
        s = self.s
        while self.i < len(s) and s[self.i] in " \t\r\n":
            self.i += 1

    def name(self):
        start = self.i
        s = self.s
        while self.i < len(s) and (s[self.i].isalnum() or s[self.i] in "_-:."):
            self.i += 1
        if start == self.i:
            self.error("name expected")
        return s[start:self.i]

    def text_until_lt(self):
        out = []
        s = self.s
        while self.i < len(s) and s[self.i] != "<":
            if s[self.i] == "&":
                j = s.find(";", self.i)
                if j < 0:
                    self.error("bad entity")
                ent = s[self.i + 1:j]
                if ent not in ENTITIES:
                    self.error("unknown entity " + ent)
                out.append(ENTITIES[ent])
                self.i = j + 1
            else:
                out.append(s[self.i])
                self.i += 1
        return "".join(out)

    def parse(self):
        self.skip_ws()
        root = self.element(None)
        self.skip_ws()
        if self.i != len(self.s):
            self.error("junk after root")
        return root

    def element(self, parent):
        if not self.s.startswith("<", self.i):
            self.error("< expected")
        self.i += 1
        tag = self.name()
        attrs = {}
        while True:
            self.skip_ws()
            if self.s.startswith("/>", self.i):
                self.i += 2
                return Element(tag, attrs, parent)
            if self.s.startswith(">", self.i):
                self.i += 1
                break
            key = self.name()
            self.skip_ws()
            if not self.s.startswith("=", self.i):
                self.error("= expected")
            self.i += 1
            self.skip_ws()
            quote = self.s[self.i]
            if quote not in "'\"":
                self.error("quote expected")
            end = self.s.find(quote, self.i + 1)
            attrs[key] = self.s[self.i + 1:end]
            self.i = end + 1
        elem = Element(tag, attrs, parent)
        texts = []
        while True:
            texts.append(self.text_until_lt())
            if self.s.startswith("<!--", self.i):
                end = self.s.find("-->", self.i)
                if end < 0:
                    self.error("unterminated comment")
                self.i = end + 3
            elif self.s.startswith("</", self.i):
                self.i += 2
                closing = self.name()
                if closing != tag:
                    self.error("mismatched </%s> for <%s>" % (closing, tag))
                self.skip_ws()
                self.i += 1
                elem.text = "".join(texts).strip()
                return elem
            elif self.i >= len(self.s):
                self.error("unexpected end")
            else:
                elem.append(self.element(elem))


def select(node, path):
    steps = path.split("/")
    if path.startswith("//"):
        want = steps[2]
        return [e for e in node.iter() if e.tag == want or want == "*"]
    current = [node]
    for step in steps:
        cond = None
        if "[" in step:
            step, cond = step[:-1].split("[", 1)
        nxt = []
        for c in current:
            for child in c.children:
                if step != "*" and child.tag != step:
                    continue
                if cond:
                    key, _, val = cond.lstrip("@").partition("=")
                    if child.attrs.get(key) != val:
                        continue
                nxt.append(child)
        current = nxt
    return current


def escape(s, attr=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if attr else s


def serialize(elem, indent=0, out=None):
    if out is None:
        out = []
    pad = "  " * indent
    attrs = "".join(' %s="%s"' % (k, escape(v, True)) for k, v in sorted(elem.attrs.items()))
    if not elem.children and not elem.text:
        out.append("%s<%s%s/>" % (pad, elem.tag, attrs))
    elif not elem.children:
        out.append("%s<%s%s>%s</%s>" % (pad, elem.tag, attrs, escape(elem.text), elem.tag))
    else:
        out.append("%s<%s%s>" % (pad, elem.tag, attrs))
        if elem.text:
            out.append(pad + "  " + escape(elem.text))
        for c in elem.children:
            serialize(c, indent + 1, out)
        out.append("%s</%s>" % (pad, elem.tag))
    return out


def make_catalog(n, seed):
    x = seed
    parts = ["<catalog version='1.0'>"]
    langs = ["en", "fr", "de", "es"]
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        lang = langs[x % 4]
        price = (x >> 8) % 5000 / 100
        parts.append('<book id="b%d" lang="%s"><!-- entry %d -->' % (i, lang, i))
        parts.append("<title>Title &amp; %d &lt;vol %d&gt;</title>" % (i, x % 7))
        parts.append("<author>Author %d</author><price currency='EUR'>%.2f</price>" % (x % 97, price))
        if x % 3 == 0:
            parts.append("<tags><tag>t%d</tag><tag>t%d</tag></tags>" % (x % 11, x % 13))
        else:
            parts.append("<tags/>")
        parts.append("</book>")
    parts.append("</catalog>")
    return "\n".join(parts)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 13
    check = 0
    for r in range(rounds):
        text = make_catalog(n, seed + r)
        root = Parser(text).parse()
        english = select(root, "book[@lang=en]/title")
        prices = [float(p.text) for p in select(root, "//price")]
        tags = select(root, "book/tags/tag")
        for book in list(root.children):
            if float(book.children[2].text) > 45:
                root.remove(book)
            else:
                book.attrs["checked"] = "yes & <ok>"
        archive = root.append(Element("archive"))
        for book in select(root, "book[@lang=de]")[:5]:
            root.remove(book)
            archive.append(book)
        out = "\n".join(serialize(root))
        again = Parser(out).parse()
        same = len(list(again.iter())) == len(list(root.iter()))
        deepest = max(again.iter(), key=lambda e: (len(e.path()), e.tag)).path()
        print("round %d: en %d prices %.2f tags %d kept %d chars %d reparse %s deepest %s" % (
            r, len(english), sum(prices), len(tags), len(root.children), len(out), same, deepest))
        for ch in out[::31]:
            check = (check * 33 + ord(ch)) % 4294967291
    print(serialize(Parser("<a x='1'><b>t &amp; u</b><c/></a>").parse()))
    bad = 0
    for src in ["<a><b></a>", "<a x=1/>", "<a>&bogus;</a>", "<a><!-- x", "<a></a>junk"]:
        try:
            Parser(src).parse()
        except XMLError as e:
            bad += 1
            check = (check + e.pos) % 4294967291
    print("errors", bad, "checksum", check)


main()
