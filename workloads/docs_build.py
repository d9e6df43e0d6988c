# docs_build.py -- a Sphinx-like documentation build: parse many documents
# into large long-lived trees, cross-reference them, render them.
#
# Stresses: total collection work over a large heap that only grows while
#   the program makes many short-lived objects.  A generational collector
#   promotes the trees and rarely scans them again (the 25% rule); a
#   collector that keeps re-scanning the old generation pays for the whole
#   heap again and again.  The shape of gh-124567 (a Sphinx build about 2x
#   slower under the CPython 3.13 betas' incremental collector).
# Parameters: argv[1] documents (default 120), argv[2] sections per document
#   (8), argv[3] paragraphs per section (6), argv[4] render passes (2),
#   argv[5] seed (29).
# Heap shape: long-lived: per document a tree Document -> Section ->
#   Paragraph -> inline nodes (Text, Emphasis, Reference), every node with a
#   parent pointer (cycles) and an attribute dict, a label index (str ->
#   section) and the resolved cross-references (Reference -> Section in
#   another tree).  Short-lived: the source text of each document and its
#   lines and words while parsing; per render pass, per node a context dict
#   and a list of str fragments joined into the page and dropped.
# Output: one checksum line computed from values only (independent of when
#   garbage is reclaimed).
import sys

WORDS = ["the", "gc", "heap", "object", "cycle", "young", "old", "scan",
         "pause", "memory", "python", "tree", "node", "list", "dict", "page"]


class Node:
    def __init__(self, kind, parent):
        self.kind = kind
        self.parent = parent
        self.children = []
        self.attrs = {}
        self.text = ""
        if parent is not None:
            parent.children.append(self)


class Env:
    def __init__(self):
        self.docs = []
        self.labels = {}
        self.refs = []


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7fffffff


def make_source(doc, sections, paragraphs, ndocs, seed):
    # the document's text: "= title" lines, paragraphs of words with
    # *emphasis* and ref:LABEL tokens, blank lines between blocks
    lines = ["= Document " + str(doc)]
    for s in range(sections):
        lines.append("== Section " + str(doc) + "." + str(s) + " [d" + str(doc) + "s" + str(s) + "]")
        for p in range(paragraphs):
            words = []
            for w in range(12):
                seed = lcg(seed)
                r = (seed >> 8) % 40
                if r == 0:
                    words.append("ref:d" + str((seed >> 12) % ndocs) + "s" + str((seed >> 4) % sections))
                elif r < 4:
                    words.append("*" + WORDS[(seed >> 16) % 16] + "*")
                else:
                    words.append(WORDS[(seed >> 16) % 16])
            lines.append(" ".join(words))
            lines.append("")
    return "\n".join(lines), seed


def parse(env, doc, source):
    root = Node("document", None)
    root.attrs["name"] = "doc" + str(doc)
    section = None
    for line in source.split("\n"):
        if line.startswith("== "):
            section = Node("section", root)
            start = line.find("[")
            label = line[start + 1:len(line) - 1]
            section.text = line[3:start - 1]
            section.attrs["label"] = label
            env.labels[label] = section
        elif line.startswith("= "):
            root.text = line[2:]
        elif line != "":
            para = Node("paragraph", section)
            for word in line.split(" "):
                if word.startswith("ref:"):
                    ref = Node("reference", para)
                    ref.attrs["target"] = word[4:]
                    env.refs.append(ref)
                elif word.startswith("*"):
                    em = Node("emphasis", para)
                    em.text = word.strip("*")
                else:
                    text = Node("text", para)
                    text.text = word
    env.docs.append(root)
    return root


def resolve(env):
    missing = 0
    for ref in env.refs:
        target = env.labels.get(ref.attrs["target"])
        if target is None:
            missing = missing + 1
        else:
            ref.attrs["resolved"] = target
            target.attrs["backrefs"] = target.attrs.get("backrefs", 0) + 1
    return missing


def render(node, out, depth):
    ctx = {"depth": depth, "kind": node.kind, "open": "<" + node.kind + ">"}
    out.append(ctx["open"])
    if node.kind == "reference":
        target = node.attrs.get("resolved")
        if target is None:
            out.append("??")
        else:
            out.append(target.parent.attrs["name"] + "#" + target.attrs["label"])
    elif node.text != "":
        out.append(node.text)
    for child in node.children:
        render(child, out, depth + 1)
    out.append("</" + ctx["kind"] + ">")


def page_checksum(page):
    h = len(page)
    step = len(page) // 64 + 1
    i = 0
    while i < len(page):
        h = (h * 33 + ord(page[i])) & 0xffffffff
        i = i + step
    return h


def main():
    ndocs = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    sections = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    paragraphs = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    passes = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 29
    env = Env()
    nsections = 0
    for d in range(ndocs):
        source, seed = make_source(d, sections, paragraphs, ndocs, seed)
        root = parse(env, d, source)
        nsections = nsections + len(root.children)
    missing = resolve(env)
    checksum = 0
    size = 0
    for p in range(passes):
        for root in env.docs:
            out = []
            render(root, out, 0)
            page = "".join(out)
            size = size + len(page)
            checksum = (checksum * 31 + page_checksum(page)) & 0xffffffff
    print(f"docs_build docs {ndocs} sections {nsections} refs {len(env.refs)} missing {missing} size {size} checksum {checksum}")


main()
