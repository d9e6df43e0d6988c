# A small Lisp interpreter in the style of "lis.py": a reader that turns
# text into nested lists, symbols as interned str, environments as a class with a
# parent link, special forms (quote if define lambda let begin set! cond),
# closures as a Procedure class, a builtin table of lambdas and operator
# functions, and a printer.  The programs run are classic recursive
# benchmarks written in the Lisp itself (fib, tak, list building with
# map/filter, an association-list lookup, a tail loop via named recursion).
# Parameter: n, the size knob for the Lisp programs (default 18).
import operator
import sys


Symbol = str          # as in lis.py: strings are symbols, numbers are numbers


_symtab = {}


def sym(name):
    s = _symtab.get(name)
    if s is None:
        s = Symbol(name)
        _symtab[name] = s
    return s


QUOTE, IF, DEFINE, LAMBDA, LET, BEGIN, SET, COND, ELSE = map(
    sym, ["quote", "if", "define", "lambda", "let", "begin", "set!", "cond", "else"])


class LispError(Exception):
    pass


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read_from(tokens, pos):
    if pos >= len(tokens):
        raise LispError("unexpected EOF")
    tok = tokens[pos]
    if tok == "(":
        out = []
        pos += 1
        while True:
            if pos >= len(tokens):
                raise LispError("missing )")
            if tokens[pos] == ")":
                return out, pos + 1
            item, pos = read_from(tokens, pos)
            out.append(item)
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        item, pos = read_from(tokens, pos + 1)
        return [QUOTE, item], pos
    return atom(tok), pos + 1


def atom(tok):
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return sym(tok)


def parse_all(text):
    tokens = tokenize(text)
    pos = 0
    forms = []
    while pos < len(tokens):
        form, pos = read_from(tokens, pos)
        forms.append(form)
    return forms


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__()
        self.update(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError("unbound symbol: " + name)


class Procedure:
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError("arity mismatch")
        return evaluate(self.body, Env(self.params, args, self.env))


def standard_env():
    env = Env()
    env.update({
        "+": operator.add, "-": operator.sub, "*": operator.mul,
        "quotient": operator.floordiv, "remainder": operator.mod,
        "<": operator.lt, ">": operator.gt, "=": operator.eq,
        "<=": operator.le, ">=": operator.ge,
        "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda x, y: [x] + y, "null?": lambda x: x == [],
        "list": lambda *xs: list(xs), "length": len,
        "not": operator.not_, "eq?": operator.is_, "abs": abs,
        "apply": lambda f, xs: f(*xs),
        "number?": lambda x: isinstance(x, (int, float)),
        "symbol?": lambda x: isinstance(x, Symbol),
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op = x[0]
        if op is QUOTE:
            return x[1]
        if op is IF:
            x = x[2] if evaluate(x[1], env) else x[3]
            continue
        if op is DEFINE:
            env[x[1]] = evaluate(x[2], env)
            return None
        if op is SET:
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if op is LAMBDA:
            return Procedure(x[1], x[2], env)
        if op is BEGIN:
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op is LET:
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = x[2]
            continue
        if op is COND:
            for clause in x[1:]:
                if clause[0] is ELSE or evaluate(clause[0], env):
                    x = clause[1]
                    break
            else:
                return None
            continue
        proc = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Procedure):
            # tail call: evaluate the body in a new frame without recursing
            env = Env(proc.params, args, proc.env)
            x = proc.body
            continue
        return proc(*args)


def to_string(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_string, x)) + ")"
    return str(x)


PRELUDE = """
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(define tak (lambda (x y z) (if (not (< y x)) z
   (tak (tak (- x 1) y z) (tak (- y 1) z x) (tak (- z 1) x y)))))
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(define filter (lambda (p xs) (cond ((null? xs) '())
   ((p (car xs)) (cons (car xs) (filter p (cdr xs))))
   (else (filter p (cdr xs))))))
(define range (lambda (a b) (if (>= a b) '() (cons a (range (+ a 1) b)))))
(define foldl (lambda (f acc xs) (if (null? xs) acc (foldl f (f acc (car xs)) (cdr xs)))))
(define count-loop (lambda (i acc) (if (= i 0) acc (count-loop (- i 1) (+ acc (remainder i 7))))))
(define assoc (lambda (k al) (cond ((null? al) #f) ((= k (car (car al))) (car al))
   (else (assoc k (cdr al))))))
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
"""


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 18
    env = standard_env()
    env[sym("#t")] = True
    env[sym("#f")] = False
    for form in parse_all(PRELUDE):
        evaluate(form, env)
    programs = [
        "(fib %d)" % n,
        "(tak %d %d %d)" % (n // 2 + 6, n // 3 + 2, n // 6),
        "(foldl + 0 (map (lambda (x) (* x x)) (filter (lambda (x) (= (remainder x 3) 0)) (range 0 %d))))" % (n * 10),
        "(count-loop %d 0)" % (n * 2000),
        "(let ((al (map (lambda (i) (list i (* i i))) (range 0 60)))) (assoc %d al))" % (n % 60),
        "(let ((c (make-counter))) (begin (c) (c) (c)))",
        "(car '(a b c))",
        "(cdr '(1 (2 3) 4.5))",
    ]
    check = 0
    for src in programs:
        result = evaluate(parse_all(src)[0], env)
        text = to_string(result)
        print(src[:40].ljust(40), "=>", text)
        for ch in text:
            check = (check * 31 + ord(ch)) % 1000000007
    errors = 0
    for bad in ["(undefined-thing 1)", "((lambda (x) x))", "(car", ")"]:
        try:
            evaluate(parse_all(bad)[0], env)
        except LispError as e:
            errors += 1
            check = (check + len(str(e))) % 1000000007
    print("errors", errors, "symbols", len(_symtab), "checksum", check)


main()
