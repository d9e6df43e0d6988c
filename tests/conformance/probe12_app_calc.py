class Token:
    __slots__ = ("kind", "val")
    def __init__(self, kind, val):
        self.kind, self.val = kind, val
    def __repr__(self):
        return f"{self.kind}:{self.val!r}"
class CalcError(Exception):
    pass
def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(Token("name", src[i:j]))
            i = j
        elif ch in "+-*/()^%=":
            out.append(Token("op", ch))
            i += 1
        else:
            raise CalcError(f"bad char {ch!r} at {i}")
    return out
class Parser:
    def __init__(self, toks, env):
        self.toks = toks
        self.pos = 0
        self.env = env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self, val=None):
        t = self.peek()
        if t is None or (val is not None and t.val != val):
            raise CalcError(f"expected {val!r}, got {t!r}")
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() and self.peek().val in ("+", "-"):
            op = self.take().val
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() and self.peek().val in ("*", "/", "%"):
            op = self.take().val
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        v = self.unary()
        if self.peek() and self.peek().val == "^":
            self.take()
            return v ** self.factor()
        return v
    def unary(self):
        if self.peek() and self.peek().val == "-":
            self.take()
            return -self.unary()
        t = self.take()
        if t.kind == "num":
            return t.val
        if t.kind == "name":
            try:
                return self.env[t.val]
            except KeyError:
                raise CalcError(f"undefined {t.val}") from None
        if t.val == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {t!r}")
env = {"pi": 3.14159, "x": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x % 3", "10 / 4", "7 / 0", "2 * y", "3 +", "4 $ 4", "1.5 * 4", "((2))", "2 ^ 0.5", "100000000000 * 100000000000"]:
    try:
        toks = tokenize(src)
        p = Parser(toks, env)
        v = p.expr()
        if p.peek() is not None:
            raise CalcError(f"trailing {p.peek()!r}")
        print(f"{src:<30} = {v!r}")
    except CalcError as e:
        print(f"{src:<30} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src:<30} ! {type(e).__name__}: {e}")
print(tokenize("a1 + 2.50"))
