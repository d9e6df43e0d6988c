# Tokenizer plus recursive-descent parser and evaluator for arithmetic.
class Tok:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"

class ParseError(Exception):
    pass

def tokenize(s):
    i, out = 0, []
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            out.append(Tok("num", s[i:j], i)); i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                j += 1
            out.append(Tok("name", s[i:j], i)); i = j
        elif ch in "+-*/()^%,":
            out.append(Tok("op", ch, i)); i += 1
        else:
            raise ParseError("bad character %r at %d" % (ch, i))
    out.append(Tok("end", "", len(s)))
    return out

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, s, env):
        self.toks, self.i, self.env = tokenize(s), 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise ParseError(f"expected {text!r}, got {t!r}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            r = self.factor()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v
    def factor(self):
        b = self.unary()
        if self.peek().text == "^":
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        if self.peek().text == "-":
            self.take(); return -self.unary()
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take(); args.append(self.expr())
                self.take(")")
                return self.FUNCS[t.text](*args)
            return self.env[t.text]
        if t.text == "(":
            v = self.expr(); self.take(")"); return v
        raise ParseError(f"unexpected {t!r}")

env = {"x": 3, "pi": 3.14159, "big": 10**20}
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(x - 10) % 4", "max(1, x*2, 5) / 4",
            "pi * x ^ 2", "big * big + 1", "1.5e3", "(1 + 2", "3 $ 4", "y + 1",
            "abs(-7) - min(2, -2)", "7 / 0", "10 % -3", "2 ^ -1"]:
    try:
        print(f"{src:<22} = {Parser(src, env).expr()!r}")
    except (ParseError, KeyError, ZeroDivisionError, ValueError) as e:
        print(f"{src:<22} ! {type(e).__name__}: {e}")
print(tokenize("a_1+ 22.5*(b)"))
