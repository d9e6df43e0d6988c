# A tiny Forth-like stack language: source text is split into words,
# compiled into a list of (opcode, argument) pairs with user-defined words
# (`: name ... ;`), IF/ELSE/THEN and BEGIN/UNTIL resolved to jump
# targets, and run by a dispatch loop on an explicit data stack and return
# stack.  The programs it runs (gcd, primes by trial division, collatz
# lengths, fibonacci) are generated per round.
import sys

PRELUDE = """
: dup2 over over ;
: gcd begin dup while swap over mod repeat drop ;
: sq dup * ;
: isprime dup 2 < if drop 0 else 1 swap 2 begin over over sq swap > 0 = while over over mod 0 = if rot drop 0 rot rot then 1 + repeat drop drop then ;
: collatz 0 swap begin dup 1 > while dup 2 mod if 3 * 1 + else 2 / then swap 1 + swap repeat drop ;
: fib 0 1 rot begin dup 0 > while rot rot dup rot + rot 1 - repeat drop drop ;
"""

PUSH, CALL, JMP, JZ, RET, PRIM = range(6)


class ForthError(Exception):
    pass


class Machine:
    def __init__(self):
        self.words = {}
        self.stack = []
        self.steps = 0
        self.prims = {
            "+": self.p_add, "-": self.p_sub, "*": self.p_mul, "/": self.p_div,
            "mod": self.p_mod, "dup": self.p_dup, "drop": self.p_drop,
            "swap": self.p_swap, "over": self.p_over, "rot": self.p_rot,
            "<": self.p_lt, ">": self.p_gt, "=": self.p_eq,
        }

    def p_add(self):
        s = self.stack
        b = s.pop()
        s[-1] = s[-1] + b

    def p_sub(self):
        s = self.stack
        b = s.pop()
        s[-1] = s[-1] - b

    def p_mul(self):
        s = self.stack
        b = s.pop()
        s[-1] = s[-1] * b

    def p_div(self):
        s = self.stack
        b = s.pop()
        if b == 0:
            raise ForthError("division by zero")
        s[-1] = s[-1] // b

    def p_mod(self):
        s = self.stack
        b = s.pop()
        s[-1] = s[-1] % b

    def p_dup(self):
        self.stack.append(self.stack[-1])

    def p_drop(self):
        self.stack.pop()

    def p_swap(self):
        s = self.stack
        s[-1], s[-2] = s[-2], s[-1]

    def p_over(self):
        self.stack.append(self.stack[-2])

    def p_rot(self):
        s = self.stack
        a = s.pop(-3)
        s.append(a)

    def p_lt(self):
        s = self.stack
        b = s.pop()
        s[-1] = 1 if s[-1] < b else 0

    def p_gt(self):
        s = self.stack
        b = s.pop()
        s[-1] = 1 if s[-1] > b else 0

    def p_eq(self):
        s = self.stack
        b = s.pop()
        s[-1] = 1 if s[-1] == b else 0

    def compile(self, tokens):
        code = []
        marks = []
        for tok in tokens:
            if tok == "if":
                marks.append(("if", len(code)))
                code.append([JZ, None])
            elif tok == "else":
                kind, at = marks.pop()
                marks.append(("else", len(code)))
                code.append([JMP, None])
                code[at][1] = len(code)
            elif tok == "then":
                kind, at = marks.pop()
                code[at][1] = len(code)
            elif tok == "begin":
                marks.append(("begin", len(code)))
            elif tok == "while":
                marks.append(("while", len(code)))
                code.append([JZ, None])
            elif tok == "repeat":
                _, wat = marks.pop()
                _, bat = marks.pop()
                code.append([JMP, bat])
                code[wat][1] = len(code)
            elif tok in self.prims:
                code.append([PRIM, self.prims[tok]])
            elif tok in self.words:
                code.append([CALL, tok])
            else:
                try:
                    code.append([PUSH, int(tok)])
                except ValueError:
                    raise ForthError("unknown word " + tok)
        if marks:
            raise ForthError("unbalanced control words")
        code.append([RET, None])
        return [tuple(op) for op in code]

    def define(self, text):
        toks = text.split()
        i = 0
        rest = []
        while i < len(toks):
            if toks[i] == ":":
                j = toks.index(";", i)
                name = toks[i + 1]
                self.words[name] = None      # allows recursion
                self.words[name] = self.compile(toks[i + 2:j])
                i = j + 1
            else:
                rest.append(toks[i])
                i += 1
        return self.compile(rest)

    def run(self, code):
        stack = self.stack
        rstack = []
        pc = 0
        steps = 0
        words = self.words
        while True:
            op, arg = code[pc]
            pc += 1
            steps += 1
            if op == PRIM:
                arg()
            elif op == PUSH:
                stack.append(arg)
            elif op == JZ:
                if not stack.pop():
                    pc = arg
            elif op == JMP:
                pc = arg
            elif op == CALL:
                rstack.append((code, pc))
                code = words[arg]
                pc = 0
            else:
                if not rstack:
                    break
                code, pc = rstack.pop()
        self.steps += steps


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    m = Machine()
    m.define(PRELUDE)
    total = 0
    for i in range(1, n + 1):
        src = "%d %d gcd %d isprime + %d collatz + %d fib +" % (
            i * 7919 % 1000 + 12, i * 104729 % 997 + 6, i % 500 + 2, i % 97 + 1, i % 40)
        m.run(m.define(src))
        total = (total * 31 + m.stack.pop()) % 1000000007
    errs = 0
    for bad in ("1 0 /", "frobnicate", "1 if 2"):
        try:
            m.stack.clear()
            m.run(m.define(bad))
        except ForthError as e:
            errs += 1
            last = str(e)
    print("words", len(m.words), "steps", m.steps)
    print("errors", errs, last)
    print("checksum", total)


main()
