# A tokenizer and recursive-descent parser for a small expression and
# statement language, with an evaluator: str methods (isdigit, isalpha,
# startswith, strip, split), f-strings, dicts of environments, and a
# pretty-printer that rebuilds the source.
import sys

KEYWORDS = {"let", "if", "then", "else", "print", "while", "do", "end"}


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


def tokenize(src):
    tokens = []
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
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, i))
            i = j
        elif src.startswith(("==", "!=", "<=", ">="), i):
            tokens.append(Token("op", src[i:i + 2], i))
            i += 2
        elif c in "+-*/%()<>=;":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    tokens.append(Token("eof", "", n))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {tok.text!r} at {tok.pos}")
        self.i += 1
        return tok

    def program(self):
        stmts = []
        while self.peek().kind != "eof" and self.peek().text != "end" and self.peek().text != "else":
            stmts.append(self.statement())
            if self.peek().text == ";":
                self.take(";")
        return stmts

    def statement(self):
        tok = self.peek()
        if tok.text == "let":
            self.take()
            name = self.take().text
            self.take("=")
            return ("let", name, self.expr())
        if tok.text == "print":
            self.take()
            return ("print", self.expr())
        if tok.text == "while":
            self.take()
            cond = self.expr()
            self.take("do")
            body = self.program()
            self.take("end")
            return ("while", cond, body)
        if tok.text == "if":
            self.take()
            cond = self.expr()
            self.take("then")
            yes = self.program()
            no = []
            if self.peek().text == "else":
                self.take()
                no = self.program()
            self.take("end")
            return ("if", cond, yes, no)
        return ("expr", self.expr())

    def expr(self):
        left = self.arith()
        while self.peek().text in ("==", "!=", "<", ">", "<=", ">="):
            op = self.take().text
            left = ("bin", op, left, self.arith())
        return left

    def arith(self):
        left = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            left = ("bin", op, left, self.unary())
        return left

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", int(tok.text))
        if tok.kind == "name":
            return ("var", tok.text)
        if tok.text == "(":
            e = self.expr()
            self.take(")")
            return e
        raise SyntaxError(f"unexpected {tok!r}")


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b if b else 0,
    "%": lambda a, b: a % b if b else 0,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.get(node[1], 0)
    if kind == "neg":
        return -evaluate(node[1], env)
    return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))


def run(stmts, env, out):
    for st in stmts:
        kind = st[0]
        if kind == "let":
            env[st[1]] = evaluate(st[2], env)
        elif kind == "print":
            out.append(str(evaluate(st[1], env)))
        elif kind == "while":
            guard = 0
            while evaluate(st[1], env) and guard < 1000:
                run(st[2], env, out)
                guard += 1
        elif kind == "if":
            run(st[2] if evaluate(st[1], env) else st[3], env, out)
        else:
            evaluate(st[1], env)


def show(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return f"-{show(node[1])}"
    return f"({show(node[2])} {node[1]} {show(node[3])})"


def make_source(k):
    lines = [
        f"let a{k} = {k % 7 + 1}; let b{k} = {k % 5 + 2};",
        f"let i = 0; let acc = 0;",
        f"while i < {3 + k % 4} do",
        f"  let acc = acc + a{k} * (i + b{k}) - i % 3;",
        f"  if acc > {20 + k % 9} then let acc = acc - 7 else let acc = acc + 1 end;",
        f"  let i = i + 1",
        f"end;",
        f"print acc * 2 + -a{k} / (b{k} - 1); print (acc == {k % 11}) + b{k} >= 3",
    ]
    return "\n".join(lines)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    total_tokens = 0
    outputs = []
    widths = 0
    for k in range(n):
        src = make_source(k)
        tokens = tokenize(src)
        total_tokens += len(tokens)
        stmts = Parser(tokens).program()
        env = {}
        out = []
        run(stmts, env, out)
        outputs.append(",".join(out))
        for st in stmts:
            if st[0] == "print":
                widths += len(show(st[1]))
    try:
        Parser(tokenize("let x = (1 + ;")).program()
    except SyntaxError as e:
        print("error:", e)
    print("tokens", total_tokens, "widths", widths)
    print("first", outputs[:4])
    print("distinct", len(set(outputs)), "checksum", sum(len(o) * (i % 13) for i, o in enumerate(outputs)))
    print(repr(tokenize("x1 <= 42")[:3]))


main()
