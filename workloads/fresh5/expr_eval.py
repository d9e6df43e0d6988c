# A small expression language: a hand-written tokenizer, a recursive-descent
# parser producing AST node objects, a constant-folding pass, a tree-walking
# evaluator and a "compiler" that turns the tree into nested closures.  The
# programs are generated from a seeded random source (assignments, ternaries,
# comparisons, calls to builtin functions) and every one is evaluated both
# ways; the results must agree.
# Parameters: number of programs (default 300), statements per program (default 12).
import sys
import random
import math


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


class ParseError(Exception):
    pass


KEYWORDS = {"if", "then", "else", "and", "or", "not", "let"}
TWO_CHAR = {"==", "!=", "<=", ">=", "**", "//"}


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < n and src[i + 1].isdigit()):
            j = i
            seen_dot = False
            while j < n and (src[j].isdigit() or (src[j] == "." and not seen_dot)):
                if src[j] == ".":
                    seen_dot = True
                j += 1
            toks.append(Token("num", src[i:j], i))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(Token("kw" if word in KEYWORDS else "name", word, i))
            i = j
            continue
        two = src[i:i + 2]
        if two in TWO_CHAR:
            toks.append(Token("op", two, i))
            i += 2
            continue
        if ch in "+-*/%()<>,;=":
            toks.append(Token("op", ch, i))
            i += 1
            continue
        raise ParseError(f"unexpected character {ch!r} at {i}")
    toks.append(Token("eof", "", n))
    return toks


class Num:
    def __init__(self, value):
        self.value = value


class Var:
    def __init__(self, name):
        self.name = name


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Unary:
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand


class Cond:
    def __init__(self, test, then, other):
        self.test = test
        self.then = then
        self.other = other


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args


class Let:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr


PRECEDENCE = [
    ("or",),
    ("and",),
    ("==", "!=", "<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "/", "//", "%"),
]


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text!r} at {t.pos}")
        return t

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
            if self.peek().text == ";":
                self.next()
        return stmts

    def statement(self):
        if self.peek().text == "let":
            self.next()
            name = self.next()
            if name.kind != "name":
                raise ParseError("let needs a name")
            self.expect("=")
            return Let(name.text, self.expr())
        return self.expr()

    def expr(self):
        if self.peek().text == "if":
            self.next()
            test = self.expr()
            self.expect("then")
            then = self.expr()
            self.expect("else")
            other = self.expr()
            return Cond(test, then, other)
        return self.binary(0)

    def binary(self, level):
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.binary(level + 1)
        ops = PRECEDENCE[level]
        while self.peek().text in ops:
            op = self.next().text
            right = self.binary(level + 1)
            left = BinOp(op, left, right)
        return left

    def unary(self):
        t = self.peek()
        if t.text in ("-", "not"):
            self.next()
            return Unary(t.text, self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.next()
            return BinOp("**", base, self.unary())
        return base

    def atom(self):
        t = self.next()
        if t.kind == "num":
            return Num(float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            e = self.expr()
            self.expect(")")
            return e
        raise ParseError(f"unexpected {t.text!r} at {t.pos}")


class EvalError(Exception):
    pass


def safe_div(a, b):
    if b == 0:
        raise EvalError("division by zero")
    return a / b


def safe_floordiv(a, b):
    if b == 0:
        raise EvalError("division by zero")
    return a // b


def safe_mod(a, b):
    if b == 0:
        raise EvalError("modulo by zero")
    return a % b


def safe_pow(a, b):
    if isinstance(b, float) or b < 0 or b > 12 or abs(a) > 10 ** 6:
        raise EvalError("power out of range")
    return a ** b


BINOPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": safe_div,
    "//": safe_floordiv,
    "%": safe_mod,
    "**": safe_pow,
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    "<=": lambda a, b: int(a <= b),
    ">": lambda a, b: int(a > b),
    ">=": lambda a, b: int(a >= b),
}

FUNCS = {
    "abs": abs,
    "max": max,
    "min": min,
    "sqrt": lambda x: math.sqrt(abs(x)),
    "floor": math.floor,
    "gcd": lambda a, b: math.gcd(int(a), int(b)),
}


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        try:
            return env[node.name]
        except KeyError:
            raise EvalError(f"unbound {node.name}")
    if isinstance(node, BinOp):
        if node.op == "and":
            left = evaluate(node.left, env)
            return evaluate(node.right, env) if left else left
        if node.op == "or":
            left = evaluate(node.left, env)
            return left if left else evaluate(node.right, env)
        return BINOPS[node.op](evaluate(node.left, env), evaluate(node.right, env))
    if isinstance(node, Unary):
        v = evaluate(node.operand, env)
        return -v if node.op == "-" else int(not v)
    if isinstance(node, Cond):
        if evaluate(node.test, env):
            return evaluate(node.then, env)
        return evaluate(node.other, env)
    if isinstance(node, Call):
        fn = FUNCS.get(node.name)
        if fn is None:
            raise EvalError(f"no function {node.name}")
        return fn(*[evaluate(a, env) for a in node.args])
    if isinstance(node, Let):
        env[node.name] = evaluate(node.expr, env)
        return env[node.name]
    raise TypeError(type(node).__name__)


def compile_node(node):
    if isinstance(node, Num):
        v = node.value
        return lambda env: v
    if isinstance(node, Var):
        name = node.name

        def load(env):
            if name not in env:
                raise EvalError(f"unbound {name}")
            return env[name]
        return load
    if isinstance(node, BinOp):
        left = compile_node(node.left)
        right = compile_node(node.right)
        if node.op == "and":
            return lambda env: (right(env) if left(env) else left(env))
        if node.op == "or":
            def either(env):
                v = left(env)
                return v if v else right(env)
            return either
        fn = BINOPS[node.op]
        return lambda env: fn(left(env), right(env))
    if isinstance(node, Unary):
        inner = compile_node(node.operand)
        if node.op == "-":
            return lambda env: -inner(env)
        return lambda env: int(not inner(env))
    if isinstance(node, Cond):
        test, then, other = compile_node(node.test), compile_node(node.then), compile_node(node.other)
        return lambda env: then(env) if test(env) else other(env)
    if isinstance(node, Call):
        fn = FUNCS.get(node.name)
        args = [compile_node(a) for a in node.args]
        if fn is None:
            def missing(env):
                raise EvalError(f"no function {node.name}")
            return missing
        return lambda env: fn(*[a(env) for a in args])
    if isinstance(node, Let):
        name = node.name
        body = compile_node(node.expr)

        def store(env):
            env[name] = body(env)
            return env[name]
        return store
    raise TypeError(type(node).__name__)


def fold(node):
    """Constant folding: subtrees of literals become literals."""
    if isinstance(node, BinOp):
        node.left = fold(node.left)
        node.right = fold(node.right)
        if isinstance(node.left, Num) and isinstance(node.right, Num) and node.op not in ("and", "or"):
            try:
                return Num(BINOPS[node.op](node.left.value, node.right.value))
            except EvalError:
                return node
        return node
    if isinstance(node, Unary):
        node.operand = fold(node.operand)
        if isinstance(node.operand, Num):
            v = node.operand.value
            return Num(-v if node.op == "-" else int(not v))
        return node
    if isinstance(node, Cond):
        node.test, node.then, node.other = fold(node.test), fold(node.then), fold(node.other)
        if isinstance(node.test, Num):
            return node.then if node.test.value else node.other
        return node
    if isinstance(node, Call):
        node.args = [fold(a) for a in node.args]
        return node
    if isinstance(node, Let):
        node.expr = fold(node.expr)
    return node


def count_nodes(node):
    if isinstance(node, (Num, Var)):
        return 1
    if isinstance(node, BinOp):
        return 1 + count_nodes(node.left) + count_nodes(node.right)
    if isinstance(node, Unary):
        return 1 + count_nodes(node.operand)
    if isinstance(node, Cond):
        return 1 + count_nodes(node.test) + count_nodes(node.then) + count_nodes(node.other)
    if isinstance(node, Call):
        return 1 + sum(count_nodes(a) for a in node.args)
    return 1 + count_nodes(node.expr)


def gen_expr(rng, names, depth):
    r = rng.random()
    if depth <= 0 or r < 0.2:
        if names and rng.random() < 0.6:
            return rng.choice(names)
        if rng.random() < 0.2:
            return f"{rng.randint(0, 99)}.{rng.randint(0, 9)}"
        return str(rng.randint(0, 50))
    if r < 0.6:
        op = rng.choice(["+", "-", "*", "+", "-", "*", "/", "//", "%", "<", ">=", "==", "!=", "and", "or"])
        return f"{gen_expr(rng, names, depth - 1)} {op} {gen_expr(rng, names, depth - 1)}"
    if r < 0.7:
        return f"({gen_expr(rng, names, depth - 1)})"
    if r < 0.78:
        return f"-{gen_expr(rng, names, depth - 1)}"
    if r < 0.84:
        return f"{gen_expr(rng, names, 0)} ** {rng.randint(0, 3)}"
    if r < 0.92:
        fn = rng.choice(["abs", "max", "min", "sqrt", "floor", "gcd"])
        nargs = 1 if fn in ("abs", "sqrt", "floor") else 2
        args = ", ".join(gen_expr(rng, names, depth - 1) for _ in range(nargs))
        return f"{fn}({args})"
    return (f"(if {gen_expr(rng, names, depth - 1)} then {gen_expr(rng, names, depth - 1)} "
            f"else {gen_expr(rng, names, depth - 1)})")


def gen_program(rng, nstmts):
    names = []
    lines = []
    for k in range(nstmts):
        name = "v" + str(k)
        lines.append(f"let {name} = {gen_expr(rng, names, 4)}")
        names.append(name)
    lines.append(gen_expr(rng, names, 3))
    return "; ".join(lines)


def run_program(stmts, runner):
    env = {}
    result = None
    for s in stmts:
        result = runner(s, env)
    return result


def norm(v):
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return "nan/inf"
        return f"{v:.6g}"
    return str(v)


def main():
    nprog = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    nstmts = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    rng = random.Random(2024)
    errors = {}
    agree = 0
    total_nodes = 0
    folded_nodes = 0
    ntokens = 0
    checksum = 0
    samples = []
    for p in range(nprog):
        src = gen_program(rng, nstmts)
        toks = tokenize(src)
        ntokens += len(toks)
        try:
            stmts = Parser(toks).program()
        except ParseError as e:
            errors["parse"] = errors.get("parse", 0) + 1
            continue
        total_nodes += sum(count_nodes(s) for s in stmts)
        try:
            a = run_program(stmts, evaluate)
        except (EvalError, OverflowError, ValueError) as e:
            kind = type(e).__name__ + ":" + str(e).split(" ")[0]
            errors[kind] = errors.get(kind, 0) + 1
            a = None
        code = [compile_node(s) for s in stmts]
        try:
            b = run_program(code, lambda c, env: c(env))
        except (EvalError, OverflowError, ValueError):
            b = None
        folded = [fold(s) for s in stmts]
        folded_nodes += sum(count_nodes(s) for s in folded)
        try:
            c = run_program(folded, evaluate)
        except (EvalError, OverflowError, ValueError):
            c = None
        if norm(a) == norm(b) == norm(c):
            agree += 1
        if a is not None:
            checksum = (checksum * 31 + sum(map(ord, norm(a)))) % 1000000007
            if len(samples) < 5:
                samples.append(norm(a))
    print(f"programs {nprog}, tokens {ntokens}, agree {agree}")
    print(f"nodes {total_nodes} -> {folded_nodes} after folding")
    for k in sorted(errors):
        print(f"  {k}: {errors[k]}")
    print("samples:", ", ".join(samples))
    print("checksum", checksum)
    # a few fixed programs through every stage
    for src in ["let x = 3; let y = x * (x + 1) // 2; y ** 2 - x",
                "let a = 10; if a > 5 and a != 7 then max(a, 2 * a) else -a",
                "gcd(84, 36) + sqrt(16) * floor(2.75) - 7 % 4"]:
        stmts = Parser(tokenize(src)).program()
        print(f"{src!r} = {norm(run_program(stmts, evaluate))}")


main()
