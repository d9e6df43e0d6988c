# An untyped lambda calculus: terms as small classes with __slots__ (Var
# with de Bruijn indices, Lam, App), a parser from text with named
# variables, shifting and substitution, normal-order reduction to normal
# form with a step limit, and Church numerals for arithmetic checks.
import sys


class Term:
    __slots__ = ()


class Var(Term):
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i

    def __repr__(self):
        return str(self.i)


class Lam(Term):
    __slots__ = ("body",)

    def __init__(self, body):
        self.body = body

    def __repr__(self):
        return "\\." + repr(self.body)


class App(Term):
    __slots__ = ("f", "a")

    def __init__(self, f, a):
        self.f = f
        self.a = a

    def __repr__(self):
        return "(" + repr(self.f) + " " + repr(self.a) + ")"


def parse(src, defs):
    toks = src.replace("\\", " \\ ").replace("(", " ( ").replace(")", " ) ").replace(".", " . ").split()
    pos = [0]

    def term(env):
        items = []
        while pos[0] < len(toks) and toks[pos[0]] != ")":
            t = toks[pos[0]]
            if t == "\\":
                pos[0] += 1
                name = toks[pos[0]]
                pos[0] += 2          # name and "."
                items.append(Lam(term([name] + env)))
                break
            pos[0] += 1
            if t == "(":
                items.append(term(env))
                pos[0] += 1          # ")"
            elif t in env:
                items.append(Var(env.index(t)))
            else:
                items.append(defs[t])
        out = items[0]
        for it in items[1:]:
            out = App(out, it)
        return out

    return term([])


def shift(t, d, cutoff=0):
    if isinstance(t, Var):
        return Var(t.i + d) if t.i >= cutoff else t
    if isinstance(t, Lam):
        return Lam(shift(t.body, d, cutoff + 1))
    return App(shift(t.f, d, cutoff), shift(t.a, d, cutoff))


def subst(t, j, s):
    if isinstance(t, Var):
        return s if t.i == j else t
    if isinstance(t, Lam):
        return Lam(subst(t.body, j + 1, shift(s, 1)))
    return App(subst(t.f, j, s), subst(t.a, j, s))


def beta(lam, arg):
    return shift(subst(lam.body, 0, shift(arg, 1)), -1)


def step(t):
    """One normal-order step, or None at normal form."""
    if isinstance(t, App):
        if isinstance(t.f, Lam):
            return beta(t.f, t.a)
        f = step(t.f)
        if f is not None:
            return App(f, t.a)
        a = step(t.a)
        return None if a is None else App(t.f, a)
    if isinstance(t, Lam):
        b = step(t.body)
        return None if b is None else Lam(b)
    return None


def normalise(t, limit):
    n = 0
    while n < limit:
        nt = step(t)
        if nt is None:
            return t, n
        t = nt
        n += 1
    raise RuntimeError("no normal form within %d steps" % limit)


def church(n):
    body = Var(0)
    for _ in range(n):
        body = App(Var(1), body)
    return Lam(Lam(body))


def unchurch(t):
    n = 0
    b = t.body.body
    while isinstance(b, App):
        n += 1
        b = b.a
    return n


def size(t):
    if isinstance(t, Var):
        return 1
    if isinstance(t, Lam):
        return 1 + size(t.body)
    return 1 + size(t.f) + size(t.a)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    defs = {}
    for name, src in (("succ", "\\n.\\f.\\x. f (n f x)"),
                      ("add", "\\m.\\n.\\f.\\x. m f (n f x)"),
                      ("mul", "\\m.\\n.\\f. m (n f)"),
                      ("pred", "\\n.\\f.\\x. n (\\g.\\h. h (g f)) (\\u. x) (\\u. u)"),
                      ("true", "\\a.\\b. a"), ("false", "\\a.\\b. b"),
                      ("iszero", "\\n. n (\\x. false) true")):
        defs[name] = parse(src, defs)
    total_steps = 0
    check = 0
    for i in range(1, n + 1):
        a, b = i % 9 + 1, i % 5 + 2
        defs["A"], defs["B"] = church(a), church(b)
        r, s1 = normalise(parse("add (mul A B) (pred A)", defs), 100000)
        z, s2 = normalise(parse("iszero (pred (pred B))", defs), 100000)
        total_steps += s1 + s2
        v = unchurch(r)
        assert v == a * b + a - 1, (v, a, b)
        check = (check * 17 + v * 3 + size(z)) % 1000003
    try:
        normalise(parse("(\\x. x x) (\\x. x x)", defs), 500)
    except RuntimeError as e:
        print(e)
    print("omega-free", repr(normalise(parse("(\\x.\\y. y) ((\\x. x x) (\\x. x x))", defs), 10)[0]))
    print("steps", total_steps, "checksum", check)


main()
