# A tokenizer and recursive-descent evaluator for a small expression
# language with variables, assignments, function calls and comparisons.
import sys

OPS = "+-*/%()=,<>"


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            toks.append(Token("num", src[i:j]))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j]))
            i = j
        elif c in OPS:
            toks.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError("bad character " + c)
    toks.append(Token("end", ""))
    return toks


class Evaluator:
    def __init__(self, env):
        self.env = env
        self.funcs = {"max": max, "min": min, "abs": abs}

    def run(self, src):
        self.toks = tokenize(src)
        self.i = 0
        v = self.statement()
        if self.toks[self.i].kind != "end":
            raise SyntaxError("trailing input")
        return v

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def statement(self):
        t = self.peek()
        if t.kind == "name" and self.toks[self.i + 1].text == "=":
            self.i += 2
            v = self.comparison()
            self.env[t.text] = v
            return v
        return self.comparison()

    def comparison(self):
        v = self.expr()
        while self.peek().text in ("<", ">"):
            op = self.take().text
            w = self.expr()
            v = int(v < w) if op == "<" else int(v > w)
        return v

    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            w = self.factor()
            if op == "*":
                v = v * w
            elif op == "/":
                v = v // w if w else 0
            else:
                v = v % w if w else 0
        return v

    def factor(self):
        t = self.take()
        if t.text == "-":
            return -self.factor()
        if t.text == "(":
            v = self.comparison()
            self.take()
            return v
        if t.kind == "num":
            return int(t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.take()
                args = [self.comparison()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.comparison())
                self.take()
                return self.funcs[t.text](*args)
            return self.env.get(t.text, 0)
        raise SyntaxError("unexpected " + t.text)


PROGRAM = [
    "a = 3 + 4 * (2 - 7) % 5",
    "b = max(a, 10, a * a) - min(3, a)",
    "c = (a < b) + (b > 100) * 7",
    "d = abs(a - b) / (c + 1) + n",
    "n = n + d % 13 - (a * b) % 7",
    "total = total + n * 3 - d",
]


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    env = {"n": 1, "total": 0}
    ev = Evaluator(env)
    for r in range(rounds):
        for line in PROGRAM:
            ev.run(line)
        env["n"] = env["n"] % 1000 + r % 11
    print(sorted(env.items()))
    print("checksum", env["total"] % 1000000007)


main()
