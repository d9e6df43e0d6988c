# A Markdown-to-HTML converter of the kind people write for static site
# generators: block parsing line by line (headings, paragraphs, bullet and
# numbered lists, code fences, block quotes, horizontal rules), inline
# parsing by scanning characters (emphasis, strong, code spans, links,
# escaping of & < >), a table of contents with slugified anchors, and a
# word-count report.  The documents are generated from a seeded word list.
# Parameters: documents (default 300), seed (default 11).
import sys

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do "
         "eiusmod tempor incididunt ut labore et dolore magna aliqua enim "
         "minim veniam quis nostrud exercitation ullamco laboris nisi aliquip "
         "commodo consequat duis aute irure in reprehenderit voluptate velit "
         "esse cillum fugiat nulla pariatur excepteur sint occaecat").split()


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, k):
        self.x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.x >> 4) % k

    def words(self, n):
        return " ".join(WORDS[self.next(len(WORDS))] for _ in range(n))


def gen_document(rng, idx):
    lines = ["# Document %d: %s" % (idx, rng.words(3).title()), ""]
    for s in range(2 + rng.next(3)):
        lines.append("## Section %d.%d %s" % (idx, s, rng.words(2)))
        lines.append("")
        for _ in range(1 + rng.next(3)):
            parts = []
            for _ in range(3 + rng.next(5)):
                w = rng.words(1 + rng.next(4))
                k = rng.next(10)
                if k == 0:
                    w = "**" + w + "**"
                elif k == 1:
                    w = "*" + w + "*"
                elif k == 2:
                    w = "`" + w.replace(" ", "_") + "`"
                elif k == 3:
                    w = "[%s](https://example.org/%s)" % (w, w.split()[0])
                elif k == 4:
                    w = w + " & <tag>"
                parts.append(w)
            lines.append(" ".join(parts) + ".")
            lines.append("")
        kind = rng.next(4)
        if kind == 0:
            for i in range(2 + rng.next(4)):
                lines.append("- " + rng.words(4))
            lines.append("")
        elif kind == 1:
            for i in range(2 + rng.next(4)):
                lines.append("%d. %s" % (i + 1, rng.words(3)))
            lines.append("")
        elif kind == 2:
            lines.append("```")
            for i in range(3):
                lines.append("    x = %d < %d" % (i, rng.next(9)))
            lines.append("```")
            lines.append("")
        else:
            lines.append("> " + rng.words(6))
            lines.append("> " + rng.words(5))
            lines.append("")
    lines.append("---")
    return "\n".join(lines)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slugify(text):
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif ch in " -_" and out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def inline(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "`":
            j = text.find("`", i + 1)
            if j > 0:
                out.append("<code>" + escape(text[i + 1:j]) + "</code>")
                i = j + 1
                continue
        elif ch == "*":
            if text.startswith("**", i):
                j = text.find("**", i + 2)
                if j > 0:
                    out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                    i = j + 2
                    continue
            j = text.find("*", i + 1)
            if j > 0:
                out.append("<em>" + inline(text[i + 1:j]) + "</em>")
                i = j + 1
                continue
        elif ch == "[":
            j = text.find("](", i)
            k = text.find(")", j + 2) if j > 0 else -1
            if j > 0 and k > 0:
                out.append('<a href="{}">{}</a>'.format(escape(text[j + 2:k]), inline(text[i + 1:j])))
                i = k + 1
                continue
        out.append(escape(ch))
        i += 1
    return "".join(out)


def render(source):
    html = []
    toc = []
    para = []
    list_kind = None
    in_code = False

    def flush():
        nonlocal list_kind
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if list_kind:
            html.append("</%s>" % list_kind)
            list_kind = None

    for line in source.split("\n"):
        if in_code:
            if line.startswith("```"):
                html.append("</code></pre>")
                in_code = False
            else:
                html.append(escape(line))
            continue
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            html.append("<pre><code>")
            in_code = True
        elif not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            title = stripped[level:].strip()
            anchor = slugify(title)
            toc.append((level, title, anchor))
            html.append(f'<h{level} id="{anchor}">{inline(title)}</h{level}>')
        elif stripped == "---":
            flush()
            html.append("<hr/>")
        elif stripped.startswith("- ") or (stripped[0].isdigit() and ". " in stripped[:4]):
            kind = "ul" if stripped[0] == "-" else "ol"
            if list_kind != kind:
                flush()
                html.append("<%s>" % kind)
                list_kind = kind
            html.append("<li>" + inline(stripped.split(" ", 1)[1]) + "</li>")
        elif stripped.startswith(">"):
            flush()
            html.append("<blockquote>" + inline(stripped[1:].strip()) + "</blockquote>")
        else:
            para.append(stripped)
    flush()
    toc_html = ["<ul>"]
    for level, title, anchor in toc:
        toc_html.append('{indent}<li><a href="#{a}">{t}</a></li>'.format(
            indent="  " * level, a=anchor, t=escape(title)))
    toc_html.append("</ul>")
    return "\n".join(toc_html) + "\n" + "\n".join(html), toc


def main():
    ndocs = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    rng = Rng(seed)
    total_chars = 0
    tags = {}
    words = {}
    headings = 0
    check = 0
    sample = None
    for d in range(ndocs):
        src = gen_document(rng, d)
        out, toc = render(src)
        headings += len(toc)
        total_chars += len(out)
        if sample is None:
            sample = out.split("\n")[:6]
        for piece in out.split("<")[1:]:
            name = piece.split(">", 1)[0].split(" ", 1)[0]
            if not name.startswith("/"):
                tags[name] = tags.get(name, 0) + 1
        for w in src.split():
            w = w.strip("*`.[]#>-").lower()
            if w.isalpha():
                words[w] = words.get(w, 0) + 1
        for ch in out[::97]:
            check = (check * 131 + ord(ch)) & 0xFFFFFFF
    for line in sample:
        print(line)
    print("documents %d headings %d html chars %d" % (ndocs, headings, total_chars))
    print(", ".join("%s=%d" % kv for kv in sorted(tags.items())))
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top words:", " ".join(f"{w}:{c}" for w, c in top))
    print("checksum", check)


main()
