# A small regular-expression engine: a recursive-descent parser of
# a|b, ab, a*, a+, a?, (..), . and [a-z] classes into an AST of tuples,
# Thompson construction into an NFA of numbered states, and simulation
# with sets of states (epsilon closures memoised per frozenset), searching
# generated log lines for each pattern.
import sys


class Parser:
    def __init__(self, src):
        self.src = src
        self.i = 0

    def peek(self):
        return self.src[self.i] if self.i < len(self.src) else ""

    def take(self):
        c = self.src[self.i]
        self.i += 1
        return c

    def parse(self):
        node = self.alt()
        if self.i != len(self.src):
            raise SyntaxError("unexpected %r at %d" % (self.peek(), self.i))
        return node

    def alt(self):
        node = self.seq()
        while self.peek() == "|":
            self.take()
            node = ("alt", node, self.seq())
        return node

    def seq(self):
        items = []
        while self.peek() not in ("", "|", ")"):
            items.append(self.repeat())
        node = ("eps",)
        for it in items:
            node = it if node == ("eps",) else ("cat", node, it)
        return node

    def repeat(self):
        node = self.atom()
        while self.peek() in ("*", "+", "?"):
            node = ({"*": "star", "+": "plus", "?": "opt"}[self.take()], node)
        return node

    def atom(self):
        c = self.take()
        if c == "(":
            node = self.alt()
            if self.peek() != ")":
                raise SyntaxError("missing )")
            self.take()
            return node
        if c == ".":
            return ("any",)
        if c == "[":
            chars = set()
            while self.peek() != "]":
                a = self.take()
                if self.peek() == "-":
                    self.take()
                    b = self.take()
                    for o in range(ord(a), ord(b) + 1):
                        chars.add(chr(o))
                else:
                    chars.add(a)
            self.take()
            return ("set", frozenset(chars))
        return ("char", c)


class NFA:
    def __init__(self, ast):
        self.eps = []       # state -> list of epsilon targets
        self.edges = []     # state -> list of (test, target)
        self.start, self.accept = self.build(ast)
        self.cache = {}

    def new(self):
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1

    def build(self, node):
        kind = node[0]
        s, e = self.new(), self.new()
        if kind == "char" or kind == "any" or kind == "set":
            self.edges[s].append((node, e))
        elif kind == "eps":
            self.eps[s].append(e)
        elif kind == "cat":
            a0, a1 = self.build(node[1])
            b0, b1 = self.build(node[2])
            self.eps[s].append(a0)
            self.eps[a1].append(b0)
            self.eps[b1].append(e)
        elif kind == "alt":
            for sub in node[1:]:
                a0, a1 = self.build(sub)
                self.eps[s].append(a0)
                self.eps[a1].append(e)
        else:
            a0, a1 = self.build(node[1])
            self.eps[s].append(a0)
            self.eps[a1].append(e)
            if kind != "opt":
                self.eps[a1].append(a0)
            if kind != "plus":
                self.eps[s].append(e)
        return s, e

    def closure(self, states):
        key = frozenset(states)
        got = self.cache.get(key)
        if got is not None:
            return got
        seen = set(states)
        stack = list(states)
        while stack:
            for t in self.eps[stack.pop()]:
                if t not in seen:
                    seen.add(t)
                    stack.append(t)
        got = frozenset(seen)
        self.cache[key] = got
        return got

    def search(self, text):
        start = self.closure([self.start])
        cur = start
        for ch in text:
            if self.accept in cur:
                return True
            nxt = set()
            for st in cur:
                for test, target in self.edges[st]:
                    k = test[0]
                    if k == "any" or (k == "char" and test[1] == ch) or (k == "set" and ch in test[1]):
                        nxt.add(target)
            cur = self.closure(nxt | start)
        return self.accept in cur


PATTERNS = ["err(or)?[0-9]+", "user=[a-z]+ (ok|fail)", "(ab|ba)+c", "id=[0-9][0-9][0-9]x?",
            "gc.*pause", "z+q", "[a-f]+[0-9]+[a-f]+", "warn|crit"]

WORDS = ["user=alice", "user=bob", "ok", "fail", "error12", "err7", "id=123", "id=45x",
         "gc", "pause", "heap", "abba", "babac", "fe09ab", "warn", "info", "zzq", "note"]


def lines(n):
    x = 99
    for _ in range(n):
        parts = []
        for _ in range(6):
            x = (x * 69069 + 1) & 0xFFFFFFFF
            parts.append(WORDS[(x >> 16) % len(WORDS)])
        yield " ".join(parts)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    nfas = [NFA(Parser(p).parse()) for p in PATTERNS]
    counts = [0] * len(nfas)
    check = 0
    for i, line in enumerate(lines(n)):
        for k, nfa in enumerate(nfas):
            if nfa.search(line):
                counts[k] += 1
                check = (check * 7 + k + i) % 1000003
    for p, c, nfa in zip(PATTERNS, counts, nfas):
        print("%-22s %6d states=%d" % (p, c, len(nfa.eps)))
    bad = 0
    for src in ("(ab", "a)", "[a-"):
        try:
            Parser(src).parse()
        except (SyntaxError, IndexError):
            bad += 1
    print("bad", bad, "checksum", check)


main()
