# A tokenizer for a small expression language written with str methods:
# characters classified by isdigit/isalpha/isspace, identifiers and
# numbers sliced out, keywords looked up in a set, operators matched by
# startswith, tokens as tuples, then counted and re-joined.
import sys

KEYWORDS = {"let", "in", "if", "then", "else", "fun", "and", "or", "not"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "<", ">", "=", "(", ")", ",", ";"]

LINES = [
    "let total = fun x -> x * 2 + offset_1 in total(41)",
    "if a1 <= b2 and not done then run(a1, b2) else stop ( ) ;",
    "  value_x = 3.25 * (rate - 0.5) / count   # comment here",
    "let s = \"hello, world\" in s != \"bye\" or flag",
    "z9 >= 100 -> fun y -> y + z9 - 7",
]


def tokenize(line):
    tokens = []
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch.isspace():
            i += 1
        elif ch == "#":
            break
        elif ch.isdigit():
            j = i
            while j < n and (line[j].isdigit() or line[j] == "."):
                j += 1
            text = line[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i + 1
            while j < n and (line[j].isalnum() or line[j] == "_"):
                j += 1
            word = line[i:j]
            tokens.append(("KW" if word in KEYWORDS else "ID", word))
            i = j
        elif ch == '"':
            j = line.index('"', i + 1)
            tokens.append(("STR", line[i + 1:j]))
            i = j + 1
        else:
            for op in OPERATORS:
                if line.startswith(op, i):
                    tokens.append(("OP", op))
                    i += len(op)
                    break
            else:
                raise ValueError("bad character %r at %d" % (ch, i))
    return tokens


def render(tokens):
    parts = []
    for kind, val in tokens:
        if kind == "STR":
            parts.append('"%s"' % val)
        elif kind == "NUM":
            parts.append(str(val))
        else:
            parts.append(val)
    return " ".join(parts)


def main(n):
    counts = {}
    idents = set()
    length = 0
    for k in range(n):
        line = LINES[k % len(LINES)]
        if k % 3 == 1:
            line = line.replace("x", "xx").upper().lower()
        toks = tokenize(line)
        for kind, val in toks:
            counts[kind] = counts.get(kind, 0) + 1
            if kind == "ID":
                idents.add(val)
        length += len(render(toks))
    print(sorted(counts.items()), length)
    print(sorted(idents)[:8], len(idents))
    print(render(tokenize(LINES[2])))
    try:
        tokenize("a @ b")
    except ValueError as e:
        print("error:", e)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
