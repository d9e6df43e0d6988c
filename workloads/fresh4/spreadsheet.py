# A spreadsheet engine: cells addressed "B7" hold numbers or formulas
# ("=A1+B2*2", "=SUM(A1:A20)", "=IF(C3>10,C3,0)", "=MAX(...)", "=AVG(...)"),
# parsed once by a recursive-descent parser into closures, with a
# dependency graph (dict of sets both ways), recalculation of only the
# dirty cells in topological order after each edit, cycle detection that
# marks cells "#CYCLE", and "#DIV/0" errors raised as exceptions and
# stored as values.  Sheets and edits are generated from a seeded LCG.
# Parameters: rows (default 60), columns (default 8), edits (default 1500), seed (default 21).
import sys

COLS = "ABCDEFGHIJKLMNOP"


class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def parse_ref(ref):
    return COLS.index(ref[0]), int(ref[1:]) - 1


def ref_name(c, r):
    return "%s%d" % (COLS[c], r + 1)


def expand(a, b):
    c1, r1 = parse_ref(a)
    c2, r2 = parse_ref(b)
    return [ref_name(c, r) for c in range(min(c1, c2), max(c1, c2) + 1)
            for r in range(min(r1, r2), max(r1, r2) + 1)]


class FormulaParser:
    def __init__(self, text):
        self.toks = self.lex(text)
        self.pos = 0
        self.refs = set()

    @staticmethod
    def lex(text):
        toks = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                toks.append(("num", float(text[i:j])))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                word = text[i:j].upper()
                toks.append(("func" if j < len(text) and text[j] == "(" else "ref", word))
                i = j
            elif text.startswith(">=", i) or text.startswith("<=", i) or text.startswith("<>", i):
                toks.append(("op", text[i:i + 2]))
                i += 2
            else:
                toks.append(("op", ch))
                i += 1
        toks.append(("end", None))
        return toks

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.take()
        if tok[1] != value:
            raise SyntaxError("expected %r, got %r" % (value, tok[1]))

    def parse(self):
        fn = self.comparison()
        if self.peek()[0] != "end":
            raise SyntaxError("trailing input")
        return fn

    def comparison(self):
        left = self.additive()
        kind, op = self.peek()
        if kind == "op" and op in (">", "<", ">=", "<=", "=", "<>"):
            self.take()
            right = self.additive()
            table = {">": lambda a, b: a > b, "<": lambda a, b: a < b,
                     ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
                     "=": lambda a, b: a == b, "<>": lambda a, b: a != b}
            cmp = table[op]
            return lambda get: 1.0 if cmp(left(get), right(get)) else 0.0
        return left

    def additive(self):
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.term()
            if op == "+":
                left = (lambda l, r: lambda get: l(get) + r(get))(left, right)
            else:
                left = (lambda l, r: lambda get: l(get) - r(get))(left, right)
        return left

    def term(self):
        left = self.unary()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.unary()
            if op == "*":
                left = (lambda l, r: lambda get: l(get) * r(get))(left, right)
            else:
                def div(get, l=left, r=right):
                    d = r(get)
                    if d == 0:
                        raise CellError("#DIV/0")
                    return l(get) / d
                left = div
        return left

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            inner = self.unary()
            return lambda get: -inner(get)
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return lambda get: val
        if kind == "ref":
            self.refs.add(val)
            return lambda get: get(val)
        if kind == "func":
            self.expect("(")
            args = []
            ranges = []
            while True:
                if self.peek()[0] == "ref" and self.toks[self.pos + 1] == ("op", ":"):
                    a = self.take()[1]
                    self.take()
                    b = self.take()[1]
                    cells = expand(a, b)
                    self.refs.update(cells)
                    ranges.append(cells)
                else:
                    args.append(self.comparison())
                if self.peek() == ("op", ","):
                    self.take()
                    continue
                self.expect(")")
                break
            return make_func(val, args, ranges)
        if (kind, val) == ("op", "("):
            inner = self.comparison()
            self.expect(")")
            return inner
        raise SyntaxError("unexpected %r" % (val,))


def make_func(name, args, ranges):
    def values(get):
        out = [a(get) for a in args]
        for cells in ranges:
            out.extend(get(c) for c in cells)
        return out
    if name == "SUM":
        return lambda get: sum(values(get))
    if name == "MAX":
        return lambda get: max(values(get))
    if name == "MIN":
        return lambda get: min(values(get))
    if name == "AVG":
        def avg(get):
            vs = values(get)
            if not vs:
                raise CellError("#DIV/0")
            return sum(vs) / len(vs)
        return avg
    if name == "IF":
        cond, yes, no = args
        return lambda get: yes(get) if cond(get) else no(get)
    raise SyntaxError("unknown function " + name)


class Sheet:
    def __init__(self):
        self.formulas = {}
        self.values = {}
        self.deps = {}        # cell -> cells it reads
        self.users = {}       # cell -> cells reading it
        self.recalcs = 0

    def get(self, name):
        v = self.values.get(name, 0.0)
        if isinstance(v, str):
            raise CellError(v)
        return v

    def set(self, name, text):
        for d in self.deps.pop(name, ()):
            self.users[d].discard(name)
        if isinstance(text, str) and text.startswith("="):
            p = FormulaParser(text[1:])
            self.formulas[name] = p.parse()
            self.deps[name] = p.refs
            for d in p.refs:
                self.users.setdefault(d, set()).add(name)
        else:
            self.formulas.pop(name, None)
            self.values[name] = float(text)
        self.recalc(name)

    def recalc(self, start):
        dirty = set()
        stack = [start]
        while stack:
            c = stack.pop()
            if c not in dirty:
                dirty.add(c)
                stack.extend(self.users.get(c, ()))
        indeg = {c: 0 for c in dirty}
        for c in dirty:
            for d in self.deps.get(c, ()):
                if d in dirty:
                    indeg[c] += 1
        ready = sorted(c for c, k in indeg.items() if k == 0)
        done = set()
        while ready:
            c = ready.pop()
            done.add(c)
            f = self.formulas.get(c)
            if f is not None:
                self.recalcs += 1
                try:
                    self.values[c] = f(self.get)
                except CellError as e:
                    self.values[c] = e.code
            for u in self.users.get(c, ()):
                if u in indeg:
                    indeg[u] -= 1
                    if indeg[u] == 0:
                        ready.append(u)
        for c in dirty - done:
            self.values[c] = "#CYCLE"


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    ncols = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 21
    x = seed

    def rnd(k):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return (x >> 5) % k

    sheet = Sheet()
    for r in range(rows):
        sheet.set(ref_name(0, r), str(rnd(100)))
    for c in range(1, ncols):
        for r in range(rows):
            here = ref_name(c, r)
            left = ref_name(c - 1, r)
            k = rnd(5)
            if k == 0:
                f = "=%s*2-%d" % (left, rnd(10))
            elif k == 1 and r > 0:
                f = "=SUM(%s:%s)" % (ref_name(c - 1, max(0, r - 5)), left)
            elif k == 2:
                f = "=IF(%s>50,%s/2,%s+7)" % (left, left, left)
            elif k == 3 and r > 2:
                f = "=AVG(%s:%s)+MAX(%s,%d)" % (ref_name(c - 1, r - 2), left, left, rnd(40))
            else:
                f = "=%s/(%s-%d)" % (left, left, rnd(60))
            sheet.set(here, f)
    errors = 0
    for e in range(edits):
        c = rnd(ncols)
        r = rnd(rows)
        name = ref_name(c, r)
        k = rnd(10)
        if c == 0 or k < 6:
            sheet.set(name, str(rnd(120)))
        elif k < 9:
            sheet.set(name, "=%s+%d" % (ref_name(c - 1, rnd(rows)), rnd(9)))
        else:
            sheet.set(name, "=%s+1" % ref_name(min(ncols - 1, c + 1), r))   # may make a cycle
    for bad in ["=1+", "=FOO(1)", "=(A1", "=A1 A2"]:
        try:
            sheet.set("A1", bad)
        except SyntaxError:
            errors += 1
    total = 0.0
    codes = {}
    for name, v in sheet.values.items():
        if isinstance(v, str):
            codes[v] = codes.get(v, 0) + 1
        else:
            total += v
    last = ref_name(ncols - 1, rows - 1)
    print("cells %d formulas %d recalcs %d syntax errors %d" % (
        len(sheet.values), len(sheet.formulas), sheet.recalcs, errors))
    print("error cells", sorted(codes.items()))
    print("total %.6f last %s = %s" % (total, last, sheet.values.get(last)))


main()
