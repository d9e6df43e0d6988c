#!/usr/bin/env python3
"""difffuzz.py -- differential fuzzing of gclab against CPython 3.11.

    scripts/difffuzz.py [--seconds N] [--seed S] [--out DIR] [--gclab PATH]
                        [--python PATH] [--jobs J] [--kinds REGEX]

Generates random programs in the gclab subset (expressions, format specs,
classes with random dunders, exceptions and their chains, gc and weakref
calls, in random orders), runs each under CPython 3.11 and `gclab run`,
and compares stdout and the exit status.  A difference is minimised
(statements removed while the first differing line stays the same) and
written to DIR/diff-NNN.py with the two first differing lines in a
comment; differences with the same signature (their first differing lines
with digits masked) are kept once.  Prints the number of programs tried
and of differences found.  Not a test: a tool run by hand for minutes
(docs/conformance.md, "Differential fuzzing"); what it finds becomes a
conformance program, recorded from CPython.

Every generated program is deterministic on CPython: no addresses, ids or
hash-order dependence is printed (classes always define __repr__; sets are
printed sorted).  Besides the kinds above it generates big ints, sets,
generators (send, yield from, close, throw), with statements, bytes,
%-formatting, starred assignments and displays, try/finally with
return/break/continue, and weakref.finalize (with arguments, on cycles),
and the kinds the second probing round found: __getattribute__/__getattr__/
__setattr__ hooks, sorts logging each __lt__ call, special methods assigned
to a class after its statement, dict view set operations, gc.get_count()
around calls, gc.get_referents, reprs of non-printable code points, and
iter(callable, sentinel); and the third round's: in-place operators on
sequences and sets (the alias must see the change), str.format fields cut
short, unknown keyword arguments to built-ins, reflected operators of a
subclass, three-argument pow(), a StopIteration's value through yield from,
super()'s own attributes; and the fourth's: str methods with arguments
(translate, maketrans, isidentifier, partition...), hashes that do not
depend on the process, weak dictionaries' popitem/pop/setdefault after a
value or key died, finalize's attributes after death, detach and call,
built-ins and module functions called with wrong argument counts, and
exceptions' str/repr after their args are replaced, `{**m}` in dict
displays and weakref.WeakMethod; and the fifth's: round(), math.floor/
ceil/trunc and the other numeric built-ins on classes with (or without)
their dunders, `in` through __contains__/__iter__/__getitem__ (and
__iter__ = None), Counter's operators, comparisons and in-place forms,
dict views' isdisjoint, reprs of (subclassed, self-containing)
OrderedDict/defaultdict/deque/Counter, identity of copies of immutables,
__slots__ declarations good and bad, a failed class statement's effect on
__subclasses__(), and BaseException.add_note; and the sixth's: heapq.merge/
nsmallest/nlargest (unsorted inputs, keys, n <= 0), more math functions
and their errors, collections constructors with keywords, weak
dictionaries' | and |=, descriptors' and methods' attributes,
gc.get_count() around module calls, unpacking errors, nested f-string
specs, lru_cache statistics, more itertools, str line and case methods,
and bisect with key/lo/hi; and the eighth's: str methods with start/end,
counts and fill characters, format specs with conversions, slices with
steps (big and zero ones too) of lists, str, bytes, tuples and ranges,
dict and set methods and views (mutation during iteration, equal keys of
different types), comprehensions with conditions, try/except/else/
finally with return/break/continue in loops, class hierarchies with
super() and properties, generators with send/throw through yield from,
int/float arithmetic corners (big ints, floor division and modulo of
negatives, shifts, round, pow), iterators' length hints, and gen 0's
count around the first keyword calls of built-ins.
The ninth round's: weakref callbacks and finalizers of one object or a
cycle in their order, exception chains (__context__, __cause__,
__suppress_context__) through nested handlers and finally, float
formatting (repr, format specs, %-formatting), integer arguments at the
ends of Py_ssize_t, and built-ins' __text_signature__/__doc__.
The tenth round's: built-in methods called through each form (descriptor,
bound, getattr, ** and bogus keywords, wrong counts) and their kinds; gen
0's count around the first and second calls of built-in and library
types; function objects' attributes set, deleted and replaced (__code__,
defaults, names) before a call.
The eleventh round's: str/bytes/bytearray methods with edge arguments
(indices past either end, empty separators, counts of 0 and -1, tabs,
fill characters, hex separators); int and float formatting and
arithmetic at the edges (grouping, alternate forms, to_bytes, float.hex,
negative round counts, 2**53); dict/set view operations against sets,
lists and other views, and comprehension scoping (class bodies, walrus,
the first iterable, leaking loop variables, late-binding lambdas).
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CPYTHON = "/root/.pyenv/versions/3.11.7/bin/python3"

PRELUDE = """import gc
import weakref
log = []
def show(*a):
    print(*a)
"""

# ---- expression generators -------------------------------------------------------


class Gen:
    kinds = None   # a regex over the stmt_* names (--kinds), or None: all

    def __init__(self, rnd):
        self.r = rnd
        self.classes = []      # names of classes defined so far
        self.nclass = 0

    def choice(self, seq):
        return self.r.choice(seq)

    def small_int(self):
        return str(self.choice([0, 1, 2, 3, -1, -2, 5, 7, 10, 255, 1000, -17, 2 ** 31, 12345]))

    def flt(self):
        return self.choice(["0.0", "-0.0", "1.5", "-2.25", "0.1", "3.0", "1e10", "1e-5", "2.5",
                            "123.456", "1e300", "-7.5"])

    def string(self):
        return repr(self.choice(["", "a", "ab", "abc", " x ", "Hello", "a,b,c", "xx yy", "A1", "  ",
                                 "\t", "aaa", "é"]))

    def atom(self):
        k = self.r.randrange(7)
        if k == 0:
            return self.flt()
        if k == 1:
            return self.string()
        if k == 2:
            return self.choice(["None", "True", "False"])
        if k == 3:
            return "(" + ", ".join(self.atom() for _ in range(self.r.randrange(1, 4))) + ",)" \
                if self.r.random() < 0.5 else "()"
        if k == 4:
            return "[" + ", ".join(self.atom() for _ in range(self.r.randrange(4))) + "]"
        return self.small_int()

    def num(self, depth=0):
        if depth > 2 or self.r.random() < 0.4:
            return self.small_int() if self.r.random() < 0.7 else self.flt()
        op = self.choice(["+", "-", "*", "//", "%", "/", "&", "|", "^", "<<", ">>", "**"])
        a, b = self.num(depth + 1), self.num(depth + 1)
        if op in ("<<", "**"):
            b = str(self.r.randrange(4))
        return "(%s %s %s)" % (a, op, b)

    def expr(self):
        k = self.r.randrange(12)
        if k < 3:
            return self.num()
        if k == 3:
            return "%s %s %s" % (self.atom(), self.choice(["==", "!=", "<", "<=", "is", "in", "not in"]),
                                 self.atom())
        if k == 4:
            s = self.string()
            m = self.choice(["strip()", "lower()", "upper()", "replace('a', 'b')", "split(',')",
                             "startswith('a')", "find('b')", "join(['1', '2'])", "lstrip()",
                             "rstrip()", "title()", "count('a')", "center(7)", "zfill(5)"])
            return "%s.%s" % (s, m)
        if k == 5:
            return "%s * %d" % (self.choice([self.string(), "(1, 2)", "[None]", "()"]), self.r.randrange(-1, 4))
        if k == 6:
            return "%s + %s" % (self.choice([self.string(), "(1,)", "[2]"]), self.choice([self.string(), "(3,)", "[4]"]))
        if k == 7:
            return "%s[%s]" % (self.choice([self.string(), "(1, 2, 3)", "[4, 5]", "'xyz'"]),
                               self.choice(["0", "-1", "5", "1:", ":2", "::-1", "'a'"]))
        if k == 8:
            return "format(%s, %r)" % (self.choice([self.num(), self.string(), self.flt()]), self.spec())
        if k == 9:
            # double quotes and no backslash inside a 3.11 f-string field
            dq = '"%s"' % self.choice(["", "a", "ab", "abc", " x ", "Hello", "é", "a,b,c"])
            return "f'{%s:%s}'" % (self.choice([self.small_int(), self.flt(), dq]), self.spec())
        if k == 10:
            # no hash(): a str's hash is randomised per process
            return "%s(%s)" % (self.choice(["int", "float", "str", "bool", "repr", "len", "abs",
                                             "tuple", "list", "sorted", "min", "max", "sum"]),
                               self.atom())
        return "not %s or %s and %s" % (self.atom(), self.atom(), self.atom())

    def spec(self):
        parts = []
        if self.r.random() < 0.3:
            parts.append(self.choice(["", "*", "0", "x"]) + self.choice("<>^="))
        if self.r.random() < 0.3:
            parts.append(self.choice("+- "))
        if self.r.random() < 0.15:
            parts.append("#")
        if self.r.random() < 0.2:
            parts.append("0")
        if self.r.random() < 0.4:
            parts.append(str(self.r.randrange(0, 12)))
        if self.r.random() < 0.2:
            parts.append(self.choice(",_"))
        if self.r.random() < 0.4:
            parts.append("." + str(self.r.randrange(0, 8)))
        if self.r.random() < 0.6:
            parts.append(self.choice("bcdoxXneEfFgGs%z"))
        return "".join(parts)

    # ---- statements ------------------------------------------------------------

    def stmt_expr(self):
        return ["show(%s)" % self.expr()]

    def stmt_const_identity(self):
        c = self.choice(["(1, 2)", "('a', None)", "((1, 2), 3)", "'ab' * 2", "-5", "2 ** 10", "(1, (2, 'x'))"])
        return ["def cf():", "    return %s" % c, "show(cf() is cf(), cf())"]

    def stmt_class(self):
        self.nclass += 1
        name = "C%d" % self.nclass
        base = self.choice(self.classes) if self.classes and self.r.random() < 0.4 else None
        lines = ["class %s%s:" % (name, "(%s)" % base if base else ""),
                 "    def __repr__(self):", "        return %r" % (name + "()")]
        if self.r.random() < 0.5:
            lines += ["    def __init__(self, *a):",
                      "        super().__init__(%s)" % self.choice(["", "*a", "1"])]
        if self.r.random() < 0.4:
            lines += ["    def __eq__(self, o):", "        return %s" % self.choice(["True", "self is o", "NotImplemented"])]
        if self.r.random() < 0.4:
            lines += ["    def __hash__(self):", "        return %s" % self.choice(["-1", "7", "2 ** 40", "'x'", "True", "None"])]
        if self.r.random() < 0.3:
            lines += ["    __hash__ = None"]
        if self.r.random() < 0.3:
            lines += ["    def __getitem__(self, i):", "        if i > 2:", "            raise IndexError(i)",
                      "        return i * %d" % self.r.randrange(1, 5)]
        if self.r.random() < 0.3:
            lines += ["    def __len__(self):", "        return %s" % self.choice(["2", "-1", "'a'", "0"])]
        if self.r.random() < 0.3:
            lines += ["    def __str__(self):", "        return %s" % self.choice(["'s'", "1", "None"])]
        if self.r.random() < 0.2:
            lines += ["    def __bool__(self):", "        return %s" % self.choice(["False", "1", "True"])]
        self.classes.append(name)
        # object.__hash__ is address-based: print a hash only when the class
        # itself defines __hash__
        use = self.choice(["show(hash(%s()) if '__hash__' in %s.__dict__ else hash(%s()) == hash(%s()))", "show(%s() == %s())", "show(list(%s()))", "show(len(%s()))",
                           "show(str(%s()))", "show(bool(%s()))", "show(%s.__hash__ is None)",
                           "show(1 in %s())", "show({%s(): 1})", "show(%s(1))", "show(sorted(%s()))"])
        return lines + [use.replace("%s", name)]

    def stmt_exc(self):
        e1, e2 = self.choice(["ValueError", "KeyError", "TypeError", "IndexError"]), \
            self.choice(["RuntimeError", "ValueError", "ZeroDivisionError"])
        frm = self.choice(["", " from e", " from None", " from " + e1, " from 1"])
        return ["try:", "    try:", "        raise %s('a')" % e1, "    except %s as e:" % e1,
                "        raise %s('b')%s" % (e2, frm),
                "except BaseException as x:",
                "    show(type(x).__name__, x, type(x.__cause__).__name__, type(x.__context__).__name__,"
                " x.__suppress_context__)"]

    def stmt_gc(self):
        k = self.r.randrange(6)
        if k == 0:
            return ["l = [] ; l.append(l) ; del l", "show(gc.collect())"]
        if k == 1:
            c = self.choice(self.classes) if self.classes else None
            if not c:
                return ["show(gc.collect())"]
            return ["a = %s() ; b = %s()" % (c, c), "a.o = b ; b.o = a", "del a, b", "show(gc.collect())"]
        if k == 2:
            return ["show(gc.is_tracked(%s))" % self.atom()]
        if k == 3:
            return ["gc.collect()", "x = [[] for i in range(%d)]" % self.r.randrange(5),
                    "c = gc.get_count()", "gc.freeze()", "show(gc.get_count(), gc.get_freeze_count() > 0)",
                    "gc.unfreeze()", "del x"]
        if k == 4:
            return ["show(len(gc.get_referents(%s)))" % self.atom()]
        # the first get_count() after a collection allocates its tuple
        # afresh (CPython's freelists were emptied): call it once first
        # no range(3) here: calling a built-in type is the known argument
        # tuple difference (fuzz_pending_misc), which would hide the others
        return ["gc.collect()", "gc.get_count()", "c0 = gc.get_count()[0]", "for i in (0, 1, 2):",
                "    t = %s" % self.atom(), "show(gc.get_count()[0] - c0)"]

    def stmt_weakref(self):
        if not self.classes:
            return self.stmt_class()
        c = self.choice(self.classes)
        k = self.r.randrange(4)
        if k == 0:
            return ["o = %s()" % c, "r1 = weakref.ref(o) ; r2 = weakref.ref(o%s)" % self.choice(["", ", None", ", lambda r: log.append('cb')"]),
                    "show(r1 is r2, weakref.getweakrefcount(o))", "del o", "show(r1(), log)", "log.clear()"]
        if k == 1:
            return ["o = %s()" % c, "d = weakref.WeakValueDictionary()", "d['k'] = o",
                    "show(len(d), d.get('k') is o, d.get(%s))" % self.atom(), "del o", "show(len(d))"]
        if k == 2:
            return ["o = %s()" % c, "d = weakref.WeakKeyDictionary()",
                    "show(d.get(%s), len(d))" % self.atom()]
        return ["o = %s()" % c, "f = weakref.finalize(o, log.append, 'fin')", "del o",
                "show(log, f.alive)", "log.clear()"]

    # ---- constructs that landed after the first runs -----------------------

    def bigint(self):
        return self.choice(["2 ** 64", "-(2 ** 70)", "10 ** 25", "2 ** 63 - 1", "-(2 ** 63)",
                            "12345678901234567890", "(1 << 100) + 7", "3 ** 50"])

    def stmt_bigint(self):
        a, b = self.bigint(), self.choice([self.bigint(), self.small_int()])
        op = self.choice(["+", "-", "*", "//", "%", "&", "|", "^", "==", "<", ">>"])
        if op == ">>":
            b = str(self.r.randrange(0, 80))
        f = self.choice(["str(%s)", "hex(%s)", "format(%s, ',')", "format(%s, 'x')", "hash(%s)",
                         "(%s).bit_length()", "divmod(%s, 7)", "float(%s)", "abs(%s)", "-%s"])
        return ["show((%s) %s (%s))" % (a, op, b), "show(%s)" % (f % ("(%s)" % a))]

    def stmt_set(self):
        items = lambda: "{" + ", ".join(self.choice(["1", "2", "3", "'a'", "None", "(1, 2)", "True", "2.0"])
                                     for _ in range(self.r.randrange(1, 5))) + "}"
        a, b = items(), items()
        e = self.choice(["sorted(map(repr, %s | %s))", "sorted(map(repr, %s & %s))",
                         "sorted(map(repr, %s - %s))", "sorted(map(repr, %s ^ %s))", "%s <= %s",
                         "%s == %s", "len(%s) + len(%s)", "%s.isdisjoint(%s)",
                         "sorted(map(repr, frozenset(%s).union(%s)))"]) % (a, b)
        lines = ["show(%s)" % e]
        if self.r.random() < 0.5:
            # pop() takes the first item in hash order: a str's hash is
            # randomised, None's (3.11) is its address
            ops = ["add(4)", "discard(1)", "remove(99)", "update([5], 'ab')", "clear()"]
            if "'a'" not in a and "None" not in a:
                ops.append("pop()")
            lines += ["s = set(%s)" % a, "s.%s" % self.choice(ops),
                      "show(len(s), gc.is_tracked(s), {%s} == s)" % self.choice(["*s", "1"])]
        return lines

    def stmt_generator(self):
        k = self.r.randrange(4)
        body = ["def gen(n):", "    for i in range(n):", "        x = yield i",
                "        if x is not None:", "            show('sent', x)", "    return 'r%d' % n"]
        if k == 0:
            return body + ["show(list(gen(%d)), sum(x * x for x in gen(4)))" % self.r.randrange(5)]
        if k == 1:
            return body + ["g = gen(3)", "show(next(g), g.send(%s), next(g, 'end'))" % self.atom(),
                           "try:", "    next(g)", "    next(g)", "except StopIteration as e:",
                           "    show('stop', e.value)"]
        if k == 2:
            return body + ["def outer():", "    r = yield from gen(2)", "    show('got', r)",
                           "g = outer()", "show(list(g))", "show(gc.is_tracked(g))"]
        return ["def gen():", "    try:", "        yield 1", "        yield 2", "    finally:",
                "        show('fin')", "g = gen()", "show(next(g))",
                self.choice(["g.close()", "del g", "show(g.throw(ValueError('t')))", "show(list(g))"])]

    def stmt_with(self):
        swallow = self.choice(["True", "False", "None", "1"])
        raise_ = self.choice(["", "raise KeyError('w')", "show(1 / 0)", "pass"])
        lines = ["class CM:", "    def __enter__(self):", "        show('enter')", "        return %s" % self.atom(),
                 "    def __exit__(self, t, v, tb):", "        show('exit', t.__name__ if t else t, v)",
                 "        return %s" % swallow,
                 "try:", "    with CM() as v%s:" % self.choice(["", ", CM() as w"]), "        show('body', v)"]
        if raise_:
            lines.append("        " + raise_)
        return lines + ["except Exception as e:", "    show('after', type(e).__name__, e)"]

    def stmt_bytes(self):
        b = self.choice(["b''", "b'abc'", "b'a,b'", "b'\\x00\\xff'", "bytes(3)", "bytes([65, 66])",
                         "bytearray(b'xy')", "'é'.encode()"])
        m = self.choice(["%s[0]", "%s[1:]", "len(%s)", "%s + b'!'", "%s * 2", "%s.upper()", "%s.split(b',')",
                         "%s.hex()", "%s.decode('latin-1')", "list(%s)", "%s == b'abc'", "b'b' in %s",
                         "%s.find(b'b')", "repr(%s)", "%s.replace(b'a', b'zz')", "bytes(%s)", "%s.strip()",
                         "%s.decode()"])
        return ["show(%s)" % (m % b)]

    def stmt_percent(self):
        conv = self.choice("diouxXeEfFgGcrsa%")
        flags = "".join(self.choice(["", "-", "+", " ", "#", "0"]) for _ in range(self.r.randrange(3)))
        width = self.choice(["", "5", "*", "0", "12"])
        prec = self.choice(["", ".2", ".0", ".*", ".10"])
        val = self.choice([self.small_int(), self.flt(), self.string(), "None", "True", "65", "(1, 2)", "[3]",
                           self.bigint()])
        args = ([self.small_int()] if width == "*" else []) + ([self.small_int()] if prec == ".*" else []) + [val]
        fmt = "%" + flags + width + prec + conv
        if conv == "%":
            return ["show(%r %% ())" % ("<" + fmt + ">")]
        return ["show(%r %% (%s,))" % ("<" + fmt + ">", ", ".join(args))]

    def stmt_starred(self):
        src = self.choice(["range(%d)" % self.r.randrange(6), "'abcd'", "[1, 2]", "(9,)", "[]", "{1: 2, 3: 4}"])
        tgt = self.choice(["a, *b = ", "*a, b = ", "a, *b, c = ", "[a, *b] = ", "(a, (b, *c)) = ",
                           "*a, = "])
        names = [n for n in "abc" if n in tgt]
        return [tgt + ("(0, %s)" % src if "(b, *c)" in tgt else src), "show(%s)" % ", ".join(names),
                "show([*%s, *%s], (*%s,))" % (src, self.choice(["'x'", "()", "[0]"]), src)]

    def stmt_finally(self):
        k = self.r.randrange(3)
        if k == 0:
            return ["def f():", "    for i in range(3):", "        try:",
                    "            %s" % self.choice(["return i", "continue", "break", "raise ValueError(i)", "pass"]),
                    "        finally:", "            show('fin', i)",
                    "            %s" % self.choice(["pass", "return 'F'", "log.append(i)"]),
                    "    return 'end'", "show(f(), log)", "log.clear()"]
        if k == 1:
            return ["try:", "    try:", "        raise KeyError('k')", "    finally:",
                    "        show('inner fin')", "        %s" % self.choice(["pass", "raise TypeError('t')"]),
                    "except Exception as e:",
                    "    show(type(e).__name__, e, type(e.__context__).__name__)"]
        return ["def g():", "    try:", "        return %s" % self.atom(), "    finally:",
                "        show('g fin')", "show(g())"]

    def stmt_finalize(self):
        if not self.classes:
            return self.stmt_class()
        c = self.choice(self.classes)
        k = self.r.randrange(3)
        if k == 0:
            return ["o = %s()" % c, "f = weakref.finalize(o, show, 'fin', %s, sep='|')" % self.atom(),
                    "show(f.alive, f.peek()[2:])", "%s" % self.choice(["del o", "f()", "f.detach()", "pass"]),
                    "show(f.alive, f())"]
        if k == 1:
            return ["a = %s() ; b = %s()" % (c, c), "a.o = b ; b.o = a",
                    "fa = weakref.finalize(a, log.append, 'a') ; fb = weakref.finalize(b, log.append, 'b')",
                    "del a, b", "show(log, fa.alive)", "gc.collect()", "show(sorted(log), fa.alive, fb.alive)",
                    "log.clear()"]
        return ["o = %s()" % c, "fs = [weakref.finalize(o, log.append, i) for i in range(3)]", "del o",
                "show(log, [f.alive for f in fs])", "log.clear()"]

    # ---- the kinds issue 13's second probing round found -------------------------

    def stmt_attr_hooks(self):
        body_ga = self.choice(["return object.__getattribute__(self, n)",
                               "return 'ga' if n == 'x' else object.__getattribute__(self, n)",
                               "raise AttributeError(n)", "raise KeyError(n)"])
        lines = ["class H:", "    def __repr__(self):", "        return 'H()'"]
        if self.r.random() < 0.7:
            lines += ["    def __getattribute__(self, n):", "        " + body_ga]
        if self.r.random() < 0.6:
            lines += ["    def __getattr__(self, n):", "        return %s" % self.choice(["'fb ' + n", "len(n)", "None"])]
        if self.r.random() < 0.4:
            lines += ["    def __setattr__(self, n, v):", "        show('set', n)",
                      "        object.__setattr__(self, n, v)"]
        use = self.choice(["show(h.x)", "show(h.y, getattr(h, 'z', 'd'))", "h.x = 1 ; show(h.x)",
                           "show(hasattr(h, 'q'))", "show(h.__class__.__name__)", "show(h)"])
        return lines + ["h = H()", use]

    def stmt_sort_cmp(self):
        n = self.r.randrange(0, 14)
        vals = [self.r.randrange(6) for _ in range(n)]
        opts = self.choice(["", ", reverse=True", ", key=lambda o: -o.v", ", key=lambda o: o.v % 3"])
        return ["class S:", "    def __init__(self, v, t):", "        self.v = v ; self.t = t",
                "    def __lt__(self, o):", "        log.append((self.t, o.t))",
                "        %s" % self.choice(["return self.v < o.v", "return self.v < o.v",
                                           "return NotImplemented if self.v == 3 else self.v < o.v"]),
                "    def __repr__(self):", "        return 'S%d' % self.t",
                "xs = [S(v, i) for i, v in enumerate(%r)]" % vals,
                "show(sorted(xs%s))" % opts, "show(log)", "log.clear()"]

    def stmt_dunder_assign(self):
        d, f, use = self.choice([
            ("__repr__", "lambda self: 'R'", "show(repr(o), [o])"),
            ("__eq__", "lambda self, x: True", "show(o == 1, o != 1)"),
            ("__len__", "lambda self: 3", "show(len(o), bool(o))"),
            ("__init__", "lambda self, a=0: setattr(self, 'a', a)", "show(D(5).a)"),
            ("__format__", "lambda self, spec: 'F' + spec", "show(f'{o}', f'{o:x}', format(o))"),
            ("__iter__", "lambda self: iter([1, 2])", "show(list(o), 2 in o)"),
            ("__call__", "lambda self, *a: a", "show(o(1, 2))"),
            ("__hash__", "None", "show(D.__hash__)"),
        ])
        return ["class D:", "    pass", "o = D()", "D.%s = %s" % (d, f), use]

    def stmt_dict_views(self):
        d = self.choice(["{1: 'a', 2: 'b'}", "{'x': 1, 'y': 2}", "{}", "{(1, 2): 3}"])
        v = self.choice(["keys()", "items()", "keys()"])
        other = self.choice(["{1, 'x'}", "[2, 'y']", "{(1, 'a')}", "(5,)", "{}.keys()", "'xy'"])
        op = self.choice(["|", "&", "-", "^"])
        e = self.choice(["sorted(map(repr, %s.%s %s %s))" % (d, v, op, other),
                         "sorted(map(repr, %s %s %s.%s))" % (other, op, d, v),
                         "%s.%s == %s" % (d, v, other)])
        return ["show(%s)" % e]

    def stmt_call_counts(self):
        call = self.choice(["P(1)", "P(1, 2)", "P(a=1)", "P(1, b=2)", "P()", "[P(i) for i in (1, 2)]",
                            "Q(1)", "Q()", "dict(a=1)", "str(5)", "f(1, 2)", "f(*[1])", "f(**{'b': 1})"])
        return ["class P:", "    def __init__(self, a=0, b=0):", "        self.a = a",
                "class Q:", "    pass" if "Q(1)" != call else "    def __new__(cls, *a):\n        return object.__new__(cls)",
                "def f(a=0, b=0):", "    return a",
                "gc.collect()", "c0 = gc.get_count()[0]", "r = %s" % call,
                "c1 = gc.get_count()[0]", "show('count', c1 - c0)"]

    def stmt_referents(self):
        o = self.choice(["{1: [2], 'k': (3,)}", "{(1,): 'v'}", "[1, 'a', None]", "((1, 2), [3])",
                         "{1, 2, 3}", "{'a': 1, 2: [2]}"])
        return ["show([type(x).__name__ for x in gc.get_referents(%s)])" % o]

    def stmt_str_repr(self):
        cps = [self.choice([0x41, 0x7f, 0x85, 0xa0, 0xad, 0xe9, 0x200b, 0x2028, 0x263a, 0x3000,
                            0xfeff, 0x1f600, 0xe0001, 0x378, 0x10ffff])
               for _ in range(self.r.randrange(1, 4))]
        s = "''.join(map(chr, %r))" % cps
        return ["show(repr(%s), ascii(%s), %s.isprintable())" % (s, s, s)]

    def stmt_iter_sentinel(self):
        # the callable returns the sentinel once vals is empty: the
        # iterator always ends
        stop = self.r.randrange(3)
        return ["vals = %r" % [self.r.randrange(4) for _ in range(self.r.randrange(6))],
                "it = iter(lambda: vals.pop(0) if vals else %d, %d)" % (stop, stop),
                "show(type(it).__name__, list(it), vals)"]

    # ---- kinds the third probing round found ----------------------------------

    def stmt_inplace_seq(self):
        # in-place operators must keep the object (alias sees the change)
        obj = self.choice(["[1, 2]", "bytearray(b'ab')", "__import__('collections').deque([1, 2])",
                           "{1, 2}", "{1: 2}", "[]", "(1, 2)", "'ab'"])
        op = self.choice(["*= 2", "*= 0", "*= -1", "+= [3]", "+= b'c'", "|= {3}", "-= {1}", "&= {2}",
                          "^= {5}", "|= {3: 4}", "*= 'x'", "*= 1.5", "+= 'z'"])
        return ["a = %s" % obj, "b = a", "a %s" % op, "show(a is b, a, b)"]

    def stmt_fmt_field(self):
        field = self.choice(["{0!}", "{!r}", "{0!r", "{0!rx}", "{0!}}", "{0:", "{0[}", "{0:{1}}", "{a!s:>5}",
                             "{0!a:^7}", "{a.real}", "{0[0]}", "{}{0}", "{!}", "{0:%s}" % self.choice(["x", ",", "_b", "+08.2f", ">{1}"])])
        return ["show(repr(%r.format(%s, 5, a=%s)))" % (field, self.atom(), self.small_int())]

    def stmt_kw_error(self):
        call = self.choice(["sorted([2, 1], %s=1)", "min([1], %s=1)", "sum([1], %s=1)", "round(1.5, %s=1)",
                            "zip([1], [2, 3], %s=True)", "enumerate('ab', %s=1)", "pow(2, 3, %s=5)",
                            "'a b'.split(%s=1)", "'a\tb'.expandtabs(%s=4)", "int('7', %s=10)",
                            "print('x', %s='')", "dict.fromkeys('ab', %s=0)", "[3, 1].sort(%s=None)"])
        kw = self.choice(["bogus", "key", "reverse", "start", "strict", "sep", "end", "base", "ndigits",
                          "number", "tabsize", "maxsplit", "mod", "default"])
        call = call % kw
        if call.startswith(("zip", "enumerate")):
            call = "list(%s)" % call   # never an iterator's repr (an address)
        return ["show(%s)" % call]

    def stmt_reflected(self):
        # a subclass overriding the reflected method goes first
        n = self.nclass
        self.nclass += 1
        op, rop = self.choice([("+", "__radd__"), ("-", "__rsub__"), ("*", "__rmul__"), ("&", "__rand__"),
                               ("**", "__rpow__"), ("<<", "__rlshift__")])
        dop = {"__radd__": "__add__", "__rsub__": "__sub__", "__rmul__": "__mul__", "__rand__": "__and__",
               "__rpow__": "__pow__", "__rlshift__": "__lshift__"}[rop]
        base_ret = self.choice(["'base'", "NotImplemented"])
        sub_ret = self.choice(["'sub'", "NotImplemented"])
        return ["class RB%d:" % n,
                "    def %s(self, o):" % dop, "        log.append('RB.%s')" % dop, "        return %s" % base_ret,
                "    def __repr__(self):", "        return 'RB%d'" % n,
                "class RS%d(RB%d):" % (n, n),
                "    def %s(self, o):" % rop, "        log.append('RS.%s')" % rop, "        return %s" % sub_ret,
                "log.clear()",
                "try:",
                "    show(RB%d() %s RS%d())" % (n, op, n),
                "except TypeError as e:",
                "    show('TypeError', e)",
                "show(log)"]

    def stmt_pow3(self):
        a = self.choice(["2", "2.0", "'s'", "True", "-3", "2**70"])
        b = self.choice(["3", "-1", "3.0", "'x'", "0"])
        m = self.choice(["5", "5.0", "-7", "0", "None", "'m'"])
        return ["show(pow(%s, %s, %s))" % (a, b, m)]

    def stmt_stop_value(self):
        # a StopIteration's value through yield from and next()
        args = self.choice(["", "1", "'v', 2", "None", "(1, 2)"])
        return ["class SI:",
                "    def __iter__(self):", "        return self",
                "    def __next__(self):", "        raise StopIteration(%s)" % args,
                "def dg():", "    r = yield from SI()", "    yield r",
                "show(list(dg()))",
                "try:", "    next(SI())", "except StopIteration as e:", "    show(e.args, e.value)"]

    def stmt_super_attrs(self):
        n = self.nclass
        self.nclass += 1
        return ["class SA%d:" % n, "    pass",
                "class SB%d(SA%d):" % (n, n),
                "    def m(self):", "        s = super()",
                "        return (s.__thisclass__.__name__, s.__self_class__.__name__, s.__class__.__name__,"
                " s.__self__ is self)",
                "show(SB%d().m())" % n]

    # ---- kinds the fourth probing round found ------------------------------------

    def stmt_str_methods4(self):
        s = self.choice(["''", "'abc'", "'a b\\tc'", "'Hello World'", "'x_1'", "'1x'", "'é中'", "'aXbXc'",
                         "'  pad  '", "'line1\\nline2\\r\\n'", "'__init__'", "'a-b'"])
        m = self.choice(["isidentifier()", "translate(str.maketrans('ab', 'xy'))",
                         "translate(str.maketrans('a', 'b', 'c'))", "translate({97: None, 98: 'zz', 99: 120})",
                         "translate({97: 1.5})", "translate({97: -1})", "translate([None] * 200)", "translate()",
                         "partition('X')", "rpartition('X')", "partition('')", "expandtabs(%d)" % self.r.randrange(-1, 9),
                         "splitlines(True)", "casefold()", "swapcase()", "ljust(8, '*')", "rjust(8, 'ab')",
                         "removeprefix('a')", "removesuffix('c')", "rsplit(None, 1)", "index('b')", "rindex('z')",
                         "isdecimal()", "isnumeric()", "isprintable()", "istitle()", "isascii()", "zfill(6)",
                         "count('')", "find('', 2)", "encode()", "center(9, 'é')", "split('X', -1)"])
        return ["show(repr(%s.%s))" % (s, m)]

    def stmt_maketrans(self):
        args = self.choice(["{'a': 'b'}", "{'ab': 'c'}", "{1.5: 1}", "{97: 'x', 'b': None}", "1", "'ab', 'c'",
                            "'ab', 'cd'", "'ab', 'cd', 'e'", "1, 'a'", "'a', 1", "'a', 'b', 3", "", "{}",
                            "'é', 'e'"])
        return ["show(sorted(str.maketrans(%s).items()))" % args]

    def stmt_hash_const(self):
        # only values whose hash is the same in every process
        v = self.choice(["''", "b''", "()", "0", "-1", "-2", "2 ** 61 - 1", "2 ** 61", "-(2 ** 64)", "1.5", "-0.5",
                         "float('inf')", "1e100", "True", "(1, 2)", "(1.0, True)", "frozenset([1, 2])",
                         "frozenset()", "(None,)" if False else "((),)", "10 ** 20", "0.1"])
        return ["show(hash(%s))" % v]

    def stmt_weakdict(self):
        kind = self.choice(["WeakValueDictionary", "WeakKeyDictionary"])
        val = kind == "WeakValueDictionary"
        op = self.choice(["d.popitem()", "d.pop(k0)", "d.pop('zz', 'dflt')", "d.pop('zz')", "d.setdefault(k0)",
                          "d.get(k0, 'no')", "len(d.copy())", "d.update({})", "sorted(map(repr, d.keys()))",
                          "d.popitem() and d.popitem()", "len(list(d.items()))", "k0 in d", "d.clear()"])
        if not val:
            # a missing key's KeyError holds a weakref: its repr is an address
            op = op.replace("d.pop('zz')", "d.pop(W('zz'), 0)").replace("'zz'", "W('zz')")
        return ["class W:", "    def __init__(self, n):", "        self.n = n",
                "    def __repr__(self):", "        return 'W(%s)' % self.n",
                "objs = [W(i) for i in range(3)]",
                "d = weakref.%s()" % kind,
                "for i, o in enumerate(objs):",
                "    d[%s] = %s" % (("'k%d' % i", "o") if val else ("o", "i")),
                "k0 = %s" % ("'k0'" if val else "objs[0]"),
                "del objs[%d]" % self.r.randrange(3),
                "show(len(d))",
                "show(%s)" % op,
                "show(len(d))"]

    def stmt_finalize_attrs(self):
        when = self.choice(["", "del o", "f()", "f.detach()", "f.atexit = False", "del o\nf.atexit = True"])
        return ["class FO:", "    pass", "o = FO()",
                "f = weakref.finalize(o, show, 'fin')"] + when.split("\n") + \
               ["show(f.alive, f.atexit, f.peek() is None, f())"]

    def stmt_arg_errors(self):
        call = self.choice(["sys.getrefcount()", "sys.getsizeof()", "gc.is_tracked()", "gc.get_count(1)",
                            "gc.collect(5)", "gc.collect('x')", "gc.set_threshold()", "gc.is_finalized()",
                            "weakref.ref()", "weakref.ref(1)", "weakref.getweakrefcount()", "weakref.finalize()",
                            "weakref.proxy()", "len()", "abs()", "hash()", "chr()", "ord()", "iter()", "next()",
                            "divmod(1)", "round()", "isinstance(1)", "getattr(1)", "setattr()", "callable()",
                            "repr()", "format()", "vars(1, 2)", "sorted()", "sum()", "any()", "min()", "max(1)",
                            "pow(2)", "bin()", "hex(1.5)", "oct('x')", "id()", "dir(1, 2)", "issubclass(1)",
                            "sys.exit(1, 2)", "gc.get_referents(x=1)", "gc.get_threshold(1)", "gc.enable(1)",
                            "weakref.WeakValueDictionary(1, 2)", "weakref.WeakSet(1, 2)"])
        return ["import sys", "show(%s)" % call]

    def stmt_exc_str(self):
        cls = self.choice(["Exception", "KeyError", "ValueError", "StopIteration", "IndexError", "AttributeError",
                           "NameError", "RuntimeError", "UnicodeError", "ArithmeticError"])
        args = self.choice(["", "'a'", "'a', 2", "None", "()", "[1]", "''", "'x' * 3, None, 1"])
        return ["e = %s(%s)" % (cls, args), "show(str(e), repr(e), e.args, len(e.args))",
                "e.args = (%s)" % self.choice(["'n',", "()", "[1, 2]", "'s'"]), "show(str(e), repr(e))"]

    def stmt_dict_unpack(self):
        parts = [self.choice(["**a", "**b", "'x': 0", "'y': [1]", "**{}", "**{1: 2}", "**M()",
                              "**%s" % self.choice(["5", "None", "[(1, 2)]", "'ab'"])])
                 for _ in range(self.r.randrange(1, 4))]
        return ["a = {'x': 1, 'y': 2}", "b = {'y': 20, 'z': 30}",
                "class M:", "    def keys(self):", "        return ['p', 'y']",
                "    def __getitem__(self, k):", "        return k * 2",
                "d = {%s}" % ", ".join(parts), "show(d, a, b)"]

    def stmt_weakmethod(self):
        kill = self.choice(["del o", "del O.m", "", "o = None", "del r"])
        return ["class O:", "    def m(self):", "        return 'm'",
                "o = O()",
                "r = weakref.WeakMethod(o.m, lambda w: show('cb', w() is None))",
                "r2 = weakref.WeakMethod(o.m)",
                "show(r() is not None, r == r2, hash(r) == hash(r2), r()())",
                kill,
                "show(r2() is None, r2 == r2, isinstance(r2, weakref.ref))"]

    # ---- kinds the fifth probing round found -------------------------------------

    def stmt_round_dunders(self):
        fn = self.choice(["round(v)", "round(v, 2)", "round(v, None)", "math.floor(v)", "math.ceil(v)",
                          "math.trunc(v)", "int(v)", "float(v)", "abs(v)", "-v", "+v", "~v", "hex(v)",
                          "[0, 1, 2, 3][v]", "'abcd'[v:]", "range(v)", "bool(v)", "len(v)"])
        dunders = self.r.sample(["__round__", "__floor__", "__ceil__", "__trunc__", "__int__", "__float__",
                                 "__index__", "__abs__", "__neg__", "__bool__", "__len__"], self.r.randrange(0, 5))
        base = self.choice(["", "int", "float"])
        lines = ["import math", "class RD%s:" % ("(%s)" % base if base else "")]
        for d in dunders:
            ret = {"__round__": "('round', a)", "__float__": "2.5", "__bool__": "False", "__len__": "2",
                   "__abs__": "'abs'", "__neg__": "'neg'"}.get(d, "2")
            lines += ["    def %s(self, *a):" % d, "        return %s" % ret]
        if not dunders:
            lines.append("    pass")
        lines += ["v = RD(%s)" % ("" if not base else self.choice(["3", "2.5", "-7"])), "show(%s)" % fn]
        return lines

    def stmt_contains_proto(self):
        kind = self.choice(["__iter__ = None", "def __iter__(self):\n    return iter([1, 2])",
                            "def __getitem__(self, i):\n    if i > 2:\n        raise IndexError(i)\n    return i",
                            "def __contains__(self, x):\n    return x == 1",
                            "def __contains__(self, x):\n    return []",
                            "def __iter__(self):\n    return 5", "pass",
                            "__contains__ = None\ndef __iter__(self):\n    return iter([1])"])
        return ["class CP:"] + ["    " + l for l in kind.split("\n")] + \
               ["show(%s in CP(), %s not in CP())" % (self.choice(["1", "5", "'a'"]), self.choice(["2", "0"]))]

    def stmt_counter_ops(self):
        a = self.choice(["'abca'", "{'a': 2, 'b': -1}", "a=1, b=0", "", "'zzz'"])
        b = self.choice(["'ab'", "{'a': -3}", "c=2", "", "'aab'"])
        op = self.choice(["x + y", "x - y", "x | y", "x & y", "+x", "-y", "x == y", "x != y", "x <= y",
                          "x < y", "x >= y", "x > y", "x.total()", "sorted(x.elements())", "x.most_common(1)",
                          "x == {'a': 2}", "Counter() == Counter(q=0)"])
        inpl = self.choice(["", "x += y", "x -= y", "x |= y", "x &= y", "x.subtract(y)", "x.update(y)"])
        return ["from collections import Counter", "x = Counter(%s)" % a, "y = Counter(%s)" % b] + \
               ([inpl] if inpl else []) + ["show(%s)" % op, "show(x, y)"]

    def stmt_view_ops(self):
        v = self.choice(["d.keys()", "d.items()", "d.values()"])
        op = self.choice(["isdisjoint(%s)", "__len__()", "__reversed__()"])
        arg = self.choice(["[]", "['a']", "{('a', 1)}", "{'q'}", "d.keys()", "e.keys()", "e.items()", "5", "'ab'"])
        return ["d = {'a': 1, 'b': 2}", "e = {'b': 2}",
                "show(%s)" % ("list(%s.__reversed__())" % v if op == "__reversed__()" else
                              "%s.%s" % (v, op % arg if "%s" in op else op))]

    def stmt_coll_repr(self):
        kind = self.choice(["OrderedDict", "defaultdict", "deque", "Counter"])
        sub = self.r.random() < 0.5 and kind != "deque"   # subclassing deque is outside the subset
        mk = {"OrderedDict": "C()", "defaultdict": "C(list)", "deque": "C([1])", "Counter": "C('ab')"}[kind]
        self_ref = {"OrderedDict": "o['me'] = o", "defaultdict": "o['me'].append(o)", "deque": "o.append(o)",
                    "Counter": "o['x'] = 1"}[kind]
        return ["from collections import %s" % kind] + \
               (["class Sub%s(%s):" % (kind, kind), "    pass"] if sub else []) + [
                "C = %s" % ("Sub" + kind if sub else kind), "o = %s" % mk,
                self_ref if self.r.random() < 0.6 else "pass", "show(repr(o), str(o) == repr(o))"]

    def stmt_identity_copy(self):
        v = self.choice(["frozenset([1, 2])", "(1, 2)", "'text'", "b'by'", "frozenset()", "()", "''", "2 ** 70",
                         "1.5"])
        f = self.choice(["frozenset(v)", "tuple(v)", "str(v)", "bytes(v)", "v.copy()", "v[:]", "int(v)",
                         "float(v)", "v | frozenset()", "v + ()", "v * 1", "format(v)", "v[0:]"])
        return ["v = %s" % v, "try:", "    show(%s is v)" % f, "except (TypeError, AttributeError) as e:",
                "    show(type(e).__name__)"]

    def stmt_slots_decl(self):
        slots = self.choice(["('a', 'b')", "'a'", "['a']", "()", "('1a',)", "('a', 'a')", "('__dict__',)",
                             "('__weakref__', 'a')", "(1,)", "'a b'", "('a b',)", "{'a': 'doc'}", "iter(['a'])",
                             "('__dict__', '__dict__')"])
        extra = self.choice(["", "a = 1", "def a(self):\n    return 1"])
        return ["try:", "    class SL:", "        __slots__ = %s" % slots] + \
               (["        " + l for l in extra.split("\n")] if extra else []) + \
               ["    s = SL()", "    s.a = 5", "    show(s.a, hasattr(s, '__dict__'))",
                "except (TypeError, ValueError, AttributeError) as e:", "    show(type(e).__name__, e)"]

    def stmt_class_fail(self):
        how = self.choice(["class Bad(XB, XA):\n        pass", "class Bad(XA, XA):\n        pass",
                           "class Bad(XA, metaclass=5):\n        pass", "class Bad(XA):\n        __slots__ = 1",
                           "class Bad(XA, 5):\n        pass", "class Bad(XA):\n        raise KeyError('body')"])
        return ["class XA:", "    pass", "class XB(XA):", "    pass", "try:"] + \
               ["    " + l for l in how.split("\n")] + \
               ["except Exception as e:", "    show(type(e).__name__)",
                "show([c.__name__ for c in XA.__subclasses__()], [c.__name__ for c in XB.__subclasses__()])"]

    def stmt_exc_notes(self):
        notes = self.choice(["'one'", "'one', 'two'", "5", "", "'x', None"])
        return ["e = ValueError('v')", "try:",
                "    for n in (%s%s):" % (notes, "," if notes and "," not in notes else ""),
                "        e.add_note(n)", "except TypeError as te:", "    show('TypeError', te)",
                "show(getattr(e, '__notes__', 'none'), str(e), repr(e))"]

    # ---- round 6: what the sixth probing round found, and more ----

    def int_list(self):
        return "[%s]" % ", ".join(str(self.r.randrange(-3, 6)) for _ in range(self.r.randrange(0, 5)))

    def stmt_heapq_merge(self):
        lists = ", ".join(self.int_list() for _ in range(self.r.randrange(0, 4)))
        key = self.choice(["", ", key=abs", ", key=lambda v: -v", ", key=str"])
        rev = self.choice(["", ", reverse=True", ", reverse=False"])
        which = self.choice(["list(heapq.merge(%s%s%s))" % (lists, key, rev),
                             "heapq.nsmallest(%d, %s%s)" % (self.r.randrange(-1, 4), self.int_list(), key),
                             "heapq.nlargest(%d, %s%s)" % (self.r.randrange(-1, 4), self.int_list(), key)])
        return ["import heapq", "show(%s)" % which]

    def stmt_math_more(self):
        f = self.choice(["remainder", "fmod", "copysign", "isqrt", "comb", "perm", "lcm", "gcd", "dist", "hypot",
                         "prod", "isclose", "ldexp", "frexp", "modf", "trunc", "fsum"])
        vals = ["0", "1", "-2", "7", "2.5", "-0.0", "float('inf')", "float('nan')", "10 ** 20", "True", "'3'",
                "[1, 2]", "(3, 4)", "[]"]
        args = ", ".join(self.choice(vals) for _ in range(self.r.randrange(0, 4)))
        return ["import math", "show(math.%s(%s))" % (f, args)]

    def stmt_coll_kwargs(self):
        ctor = self.choice(["defaultdict(int", "defaultdict(None", "defaultdict(list", "OrderedDict(",
                            "Counter(", "dict(", "defaultdict("])
        parts = []
        for _ in range(self.r.randrange(0, 3)):
            parts.append(self.choice(["{'a': 1}", "[('b', 2)]", "a=3", "b=4", "'ab'", "5", "**{'c': 5}"]))
        call = ctor + (", " if parts and not ctor.endswith("(") else "") + ", ".join(parts) + ")"
        return ["from collections import defaultdict, OrderedDict, Counter", "d = %s" % call,
                "show(type(d).__name__, sorted(d.items()))", "d2 = d.copy()",
                "show(type(d2).__name__, d2 == d)"]

    def stmt_weakdict_or(self):
        kind = self.choice(["WeakKeyDictionary", "WeakValueDictionary"])
        other = self.choice(["{}", "d2", "[1]", "5", "dict(d2)", "None"])
        op = self.choice(["d | OTHER", "OTHER | d", "d.__or__(OTHER)", "d.__ror__(OTHER)"])
        body = ["class K:", "    def __repr__(self):", "        return 'K'",
                "k1, k2 = K(), K()"]
        if kind == "WeakKeyDictionary":
            body += ["d = weakref.WeakKeyDictionary({k1: 1})", "d2 = weakref.WeakKeyDictionary({k2: 2})"]
        else:
            body += ["d = weakref.WeakValueDictionary({'a': k1})", "d2 = weakref.WeakValueDictionary({'b': k2})"]
        body += ["r = %s" % op.replace("OTHER", other),
                 "show(type(r).__name__, len(r) if r is not NotImplemented else r)",
                 "d |= %s" % other.replace("d2", "dict(d2)") if other != "5" else "pass",
                 "show(len(d))"]
        return body

    def stmt_descr_attrs(self):
        obj = self.choice(["DA.__dict__['__dict__']", "DA.__dict__['__weakref__']", "DS.__dict__['a']",
                           "DA.__dict__['p']", "DA.__dict__['sm']", "DA.__dict__['cm']", "int.__dict__['real']",
                           "type.__dict__['__name__']", "str.__dict__['upper']", "dict.__dict__['fromkeys']",
                           "DA.__dict__['m']", "DA.m", "DA().m", "DA.sm", "DA.cm", "list.append", "[].append"])
        attr = self.choice(["__name__", "__qualname__", "__objclass__", "__func__",
                            "__wrapped__", "fget", "__isabstractmethod__", "__get__", "__set__"])
        return ["class DA:", "    def m(self):", "        return 1", "    sm = staticmethod(len)",
                "    cm = classmethod(m)", "    p = property(m)", "class DS:", "    __slots__ = ('a',)",
                "try:", "    v = %s.%s" % (obj, attr),
                "    show(v if isinstance(v, (str, int, type(None))) else type(v).__name__)",
                "except AttributeError as e:", "    show('AttributeError', e)"]

    def stmt_gc_module_calls(self):
        call = self.choice(["gc.set_threshold(700, 10, 10)", "gc.get_referents(x, x)",
                            "gc.is_tracked(x)", "math.gcd(12, 18)", "math.hypot(3, 4)",
                            "heapq.heappush(h, 1)", "bisect.bisect(h, 2)", "functools.reduce(max, h, 0)",
                            "gc.get_threshold()", "gc.isenabled()", "max(1, 2)", "min(h, default=0)",
                            "sorted(h)", "divmod(7, 2)", "pow(2, 3, 5)", "getattr(x, 'a', 0)",
                            "isinstance(x, (int, list))", "weakref.getweakrefcount(x)"])
        return ["import math, heapq, bisect, functools", "x = [1]", "h = [3, 1]", "gc.collect()",
                "c0 = gc.get_count()[0]", "r = %s" % call, "c1 = gc.get_count()[0]",
                "show('count delta', c1 - c0)"]

    def stmt_unpack_err(self):
        target = self.choice(["a, b", "a, *b", "*a, b, c", "(a, b), c", "a, b, c", "[a, *b, c]"])
        value = self.choice(["[1, 2, 3]", "(1,)", "'xy'", "5", "None", "{}", "{'k': 1, 'j': 2}", "range(4)",
                             "[[1, 2], 3]", "[1, [2]]", "iter([1, 2])"])
        return ["%s = %s" % (target, value), "show('ok')"]

    def stmt_fstring_nested(self):
        v = self.choice(["3.14159", "-42", "1234567", "'text'", "0.0005", "True", "2 ** 70", "-0.0"])
        fill = self.choice(["", "*", "0", " "])
        align = self.choice(["", "<", ">", "^", "="])
        sign = self.choice(["", "+", " "])
        width = self.choice(["", "8", "0", "12"])
        grp = self.choice(["", ",", "_"])
        prec = self.choice(["", ".2", ".0", ".5"])
        typ = self.choice(["", "f", "e", "g", "%", "d", "x", "s", "n", "b"])
        return ["v = %s" % v, "w = %r" % width, "p = %r" % prec,
                "show(f'[{v:%s%s%s{w}%s{p}%s}]')" % (fill, align, sign, grp, typ)]

    def stmt_lru_info(self):
        deco = self.choice(["functools.lru_cache(maxsize=2)", "functools.lru_cache(maxsize=None)",
                            "functools.lru_cache(maxsize=0)", "functools.lru_cache(typed=True)",
                            "functools.cache", "functools.lru_cache"])
        calls = ", ".join(self.choice(["1", "1.0", "True", "2", "'a'", "(1,)"]) for _ in range(self.r.randrange(1, 6)))
        return ["import functools", "@%s" % deco, "def lf(x, y=0):", "    return repr(x) + repr(y)",
                "for a in [%s]:" % calls, "    lf(a)", "lf(1, y=2)", "lf(1, 2)",
                "show(lf.cache_info())"]

    def stmt_itertools6(self):
        e = self.choice(["list(itertools.accumulate(%s, initial=%s))" % (self.int_list(), self.choice(["None", "0", "5"])),
                         "list(itertools.pairwise(%s))" % self.int_list(),
                         "[(k, len(list(g))) for k, g in itertools.groupby(%s)]" % self.int_list(),
                         "list(itertools.islice(%s, %s))" % (self.int_list(), self.choice(["2", "1, 3", "None", "-1", "0, None, 2"])),
                         "list(itertools.zip_longest(%s, %s, fillvalue=0))" % (self.int_list(), self.int_list()),
                         "list(itertools.combinations(%s, %d))" % (self.int_list(), self.r.randrange(0, 3)),
                         "list(itertools.compress('abcde', %s))" % self.int_list(),
                         "list(itertools.starmap(max, [(1, 2), (4, 3)]))"])
        return ["import itertools", "show(%s)" % e]

    def stmt_str_lines(self):
        s = self.choice(["'a\\nb\\r\\nc'", "'a\\x0bb\\x0cc\\x1cd'", "'x\\u2028y\\x85z'", "'\\n\\n'", "''",
                         "'a\\tb\\tc'", "'one\\r'", "'Stra\\xdfe'"])
        m = self.choice(["splitlines()", "splitlines(True)", "expandtabs(3)", "casefold()", "removeprefix('a')",
                         "removesuffix('c')", "split()", "rsplit(None, 1)", "partition('\\n')", "title()",
                         "swapcase()", "center(9, '*')", "zfill(6)"])
        return ["show(repr(%s.%s))" % (s, m)]

    def stmt_bisect_key(self):
        lst = sorted(self.r.randrange(0, 6) for _ in range(self.r.randrange(0, 5)))
        f = self.choice(["bisect_left", "bisect_right", "insort", "insort_left"])
        extra = self.choice(["", ", key=lambda v: v", ", lo=1", ", 0, 2", ", hi=10", ", lo=-1"])
        return ["import bisect", "a = %r" % lst, "r = bisect.%s(a, %d%s)" % (f, self.r.randrange(0, 6), extra),
                "show(r, a)"]

    # ---- round 7: what the seventh probing round covered -------------------------

    def stmt_view_mapping(self):
        view = self.choice(["keys", "values", "items"])
        op = self.choice(["m[1]", "len(m)", "list(m)", "m.get(2, 0)", "type(m).__name__", "m == d",
                          "2 in m", "m.copy()", "sorted(m.items())"])
        return ["d = {1: 'a', 2: 'b'}", "m = d.%s().mapping" % view, "d[3] = 'c'", "show(%s)" % op]

    def stmt_property_err(self):
        kind = self.choice(["property(lambda s: 1)", "property(None, lambda s, v: None)", "property()",
                            "property(lambda s: 1, lambda s, v: None)"])
        act = self.choice(["o.p", "o.p = 5", "del o.p", "PE.p.fget", "PE.p.__get__(None, PE) is PE.p"])
        return ["class PE:", "    p = %s" % kind, "o = PE()", "try:", "    " + (act if act.startswith("del ") or " = " in act else "r = " + act),
                "    show('ok')", "except AttributeError as e:", "    show('AttributeError', e)"]

    def stmt_call_sig(self):
        sig = self.choice(["a, b", "a, b=1", "a, *, k", "a, *args, k=2", "*, k", "a, /, b", "a, b, **kw"])
        call = self.choice(["()", "(1)", "(1, 2)", "(1, 2, 3)", "(1, b=2)", "(1, k=3)", "(a=1, b=2)",
                            "(1, a=1)", "(1, 2, z=3)", "(k=1)", "(*[1, 2])", "(**{'a': 1})"])
        meth = self.r.random() < 0.3
        if meth:
            return ["class CS:", "    def f(self, %s):" % sig, "        return 'ok'", "show(CS().f%s)" % call]
        return ["def f(%s):" % sig, "    return 'ok'", "show(f%s)" % call]

    def stmt_slice_assign(self):
        n = self.r.randrange(0, 7)
        sl = self.choice(["1:3", "::2", "::-1", "5:2", "-2:", ":", "1:1", "::3", "-100:100", "::-2"])
        val = self.choice(["[]", "['x']", "['x', 'y']", "'abc'", "range(3)", "5", "(9,)"])
        op = self.choice(["a[%s] = %s" % (sl, val), "del a[%s]" % sl])
        return ["a = list(range(%d))" % n, op, "show(a)"]

    def stmt_sort_err(self):
        items = self.choice(["[3, 'a', 1]", "[None, 1]", "[[1], (1,)]", "[1.5, 2, True]", "[{1}, {2}, {1, 2}]",
                             "['b', 'A', 'c']", "[(1, 'x'), (1, 2)]"])
        kw = self.choice(["", ", key=str", ", reverse=True", ", key=len", ", key=lambda v: -v",
                          ", key=None", ", reverse='x'"])
        return ["show(sorted(%s%s))" % (items, kw)]

    def stmt_gen_proto(self):
        act = self.choice(["g.send(1)", "next(g); g.send(5); g.send(6)", "g.close(); next(g)",
                           "next(g); g.throw(ValueError('v'))", "next(g); g.close()",
                           "show(g.gi_suspended, g.gi_running)", "next(g); next(g); next(g)"])
        return ["def gp():", "    try:", "        x = yield 1", "        show('got', x)", "        yield 2",
                "    except ValueError as e:", "        show('caught', e)", "    finally:",
                "        show('finally')", "    return 'ret'",
                "g = gp()", "try:", "    " + act, "except StopIteration as e:", "    show('stop', e.value)",
                "show(g.gi_frame is None)"]

    def stmt_cells(self):
        act = self.choice(["c.cell_contents", "inner()", "c.cell_contents = 3; show(inner())",
                           "del c.cell_contents"])
        return ["def outer():", "    def inner():", "        return v", "    c = inner.__closure__[0]",
                "    " + act, "    v = 1", "    return inner()", "show(outer())"]

    def stmt_referrers(self):
        holder = self.choice(["[t]", "(t, 1)", "{'k': t}", "{t: 1}", "H(t)", "S(t)", "[t, t]"])
        return ["class T:", "    pass", "class H:", "    def __init__(self, t):", "        self.t = t",
                "class S:", "    __slots__ = ('t',)", "    def __init__(self, t):", "        self.t = t",
                "t = T()", "hold = %s" % holder, "gc.collect()",
                "show(sorted(type(r).__name__ for r in gc.get_referrers(t) if r is not globals()))",
                "show([type(r).__name__ for r in gc.get_referents(hold)])"]

    # ---- round 8: areas the generator did not produce yet ----------------------------

    def stmt_str_methods8(self):
        s = self.choice(["'a,b,,c'", "'  Hello World  '", "'aXbXc'", "'x'", "''", "'one two  three'",
                         "'ab\\ncd\\r\\nef'", "'ÉcolE'", "'a\\tb'", "'1_000'", "'ßx'"])
        m = self.choice(["split(',', %d)" % self.r.randrange(-1, 3), "rsplit(None, %d)" % self.r.randrange(-1, 3),
                         "split(maxsplit=1)", "rsplit('X', 1)", "splitlines(True)", "count('a', %d, %d)" %
                         (self.r.randrange(-3, 3), self.r.randrange(-3, 6)), "find('b', -3)", "rfind('X', 0, -1)",
                         "index('a', 1)", "rindex('c')", "replace('a', '', %d)" % self.r.randrange(-1, 3),
                         "center(%d, '*')" % self.r.randrange(0, 12), "ljust(%d, '-')" % self.r.randrange(0, 9),
                         "rjust(6, '0')", "strip(' aH')", "rstrip('cd')", "startswith(('a', 'x'), 1)",
                         "endswith('c', 0, -1)", "casefold()", "swapcase()", "capitalize()", "title()",
                         "isdigit()", "isalnum()", "isspace()", "istitle()", "expandtabs(%d)" % self.r.randrange(0, 5),
                         "partition('X')", "rpartition(',')", "removeprefix('a')", "removesuffix('c')",
                         "zfill(%d)" % self.r.randrange(0, 8), "encode('utf-8')", "upper().lower()"])
        return ["show(%s.%s)" % (s, m)]

    def stmt_format8(self):
        val = self.choice(["42", "-7", "3.14159", "-0.0", "1e21", "255", "'abc'", "True", "10 ** 20", "0.5",
                           "float('inf')", "float('nan')", "-1234567.891"])
        spec = self.choice(["", ">8", "<8", "^9", "*^11", "+", " ", "08.3f", ",", "_x", "#o", "#b", ".2e",
                            ".3g", "%", ".1%", "=+10", "x", "X", "c", "n", "s", ".2s", "10.4", "#.0f",
                            ",.2f", "_", "e", "G", "015,d", "-^+10.2f"])
        conv = self.choice(["", "!r", "!s", "!a"])
        return ["show('[{0%s:%s}]'.format(%s))" % (conv, spec, val), "show(f'{%s%s:%s}')" % (val.replace("'", '"'), conv, spec)]

    def stmt_slicing8(self):
        seq = self.choice(["list(range(7))", "'abcdefg'", "b'abcdefg'", "tuple(range(5))", "range(2, 20, 3)",
                           "bytearray(b'xyzw')", "[]", "'é€ab'"])
        idx = lambda: self.choice(["", "0", "1", "-1", "-3", "2", "5", "10", "-10", "None", "2 ** 70", "-2 ** 70"])
        step = self.choice(["", "1", "2", "-1", "-2", "3", "None", "-5", "0", "2 ** 65"])
        sl = "%s:%s:%s" % (idx(), idx(), step)
        return ["s = %s" % seq, "r = s[%s]" % sl, "show(list(r) if isinstance(r, range) else r, len(r))"]

    def stmt_dict_set8(self):
        k = self.r.randrange(6)
        if k == 0:
            op = self.choice(["d.setdefault('z', []).append(1)", "show(d.pop('q', 'dflt'))", "show(d.popitem())",
                              "d.update([('a', 9)], b=8)", "show(dict.fromkeys('aba', 0))", "show(d | {'a': 0})",
                              "d |= [('n', 1)]", "show(d == {'a': 1, 'b': 2})", "del d['a']; d['a'] = 5",
                              "show(list(reversed(d.items())))", "show(d.get('zz', d.get('a')))",
                              "show(sorted(d.keys() & {'a', 'x'}), sorted(d.items() - {('a', 1)}))",
                              "show(sorted(d.keys() ^ ['b', 'c']))", "show({**d, 'b': 0}, dict(d, c=3))"])
            return ["d = {'a': 1, 'b': 2}", op, "show(d)"]
        if k == 1:
            op = self.choice(["s.intersection_update({1, 2}, [2])", "s.difference_update([1], (3,))",
                              "s.symmetric_difference_update(frozenset({2, 9}))", "s -= {1}", "s |= frozenset([7])",
                              "s ^= {3, 4}", "s &= {3, 8}", "show(s.union([8], (9,)) == {1, 2, 3, 8, 9})",
                              "show(s.issubset(range(5)), s.issuperset([1]), s < {1, 2, 3, 4})",
                              "show(type(frozenset(s) | s).__name__, type(s | frozenset(s)).__name__)",
                              "show(frozenset(s) == s, hash(frozenset([1, 2])) == hash(frozenset((2, 1))))"])
            return ["s = {1, 2, 3}", op, "show(sorted(s))"]
        if k == 2:
            return ["d = dict(zip('abc', range(3)))", "it = iter(d%s)" % self.choice(["", ".values()", ".items()"]),
                    "next(it)", "d[%s] = 0" % self.choice(["'a'", "'q'"]), "try:", "    show(list(it))",
                    "except RuntimeError as e:", "    show('RuntimeError', e)"]
        if k == 3:
            return ["d = {}", "for w in 'the cat the hat a cat'.split():", "    d[w] = d.get(w, 0) + 1",
                    "show(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), max(d, key=d.get))"]
        if k == 4:
            return ["s = {%s}" % ", ".join(self.choice(["1", "2", "True", "1.0", "0", "False", "0.0", "3"]) for _ in range(4)),
                    "show(sorted(map(repr, s)), len(s))"]
        return ["d = {1: 'a', True: 'b', 1.0: 'c'}", "show(d, len(d))",
                "show({0: 'x', False: 'y'}, {(1, 2): 1, (1, 2.0): 2})"]

    def stmt_comprehension8(self):
        cond = self.choice(["if x % 2", "if x > 2 if x < 6", "if (y := x * x) > 4", "if x not in (1, 3)", ""])
        # a set of strs prints in hash order (randomised): sets are sorted by repr
        kind = self.choice(["[%s for x in range(8) %s]", "sorted(map(repr, {%s for x in range(8) %s}))",
                            "sorted(%s for x in range(8) %s)",
                            "[%s for x in range(4) for z in range(x) %s]", "{x: %s for x in range(6) %s}"])
        val = self.choice(["x", "x * 2", "(x, x)", "str(x)", "[x]", "x if x else -1"])
        if "map(repr" in kind and val == "[x]":
            val = "-x"   # unhashable
        body = kind % (val, cond)
        if "y :=" in cond and "{" not in kind[:1]:
            return ["show(%s)" % body]
        return ["show(%s)" % body.replace("(y := x * x) > 4", "x * x > 4")]

    def stmt_try_loop8(self):
        act = self.choice(["return i", "break", "continue", "raise ValueError(i)", "pass", "1 / 0"])
        fin = self.choice(["pass", "return 'fin'", "log.append('f%d' % i)", "break", "continue"])
        exc = self.choice(["log.append('e')", "return 'exc'", "continue", "raise"])
        els = self.choice(["log.append('else')", "return 'else'", "break"])
        return ["def tl():", "    for i in range(3):", "        try:",
                "            if i == %d:" % self.r.randrange(3), "                " + act,
                "        except (ValueError, ZeroDivisionError):", "            " + exc,
                "        else:", "            " + els, "        finally:", "            " + fin,
                "    return 'end'", "log.clear()", "try:", "    show(tl(), log)",
                "except Exception as e:", "    show('raised', type(e).__name__, log)"]

    def stmt_class_hier8(self):
        k = self.r.randrange(4)
        if k == 0:
            return ["class A:", "    def f(self):", "        return ['A']",
                    "class B(A):", "    def f(self):", "        return ['B'] + super().f()",
                    "class C(A):", "    def f(self):", "        return ['C'] + super().f()",
                    "class D(%s):" % self.choice(["B, C", "C, B", "B", "C, A"]), "    def f(self):",
                    "        return ['D'] + super().f()",
                    "show(D().f(), [k.__name__ for k in D.__mro__])"]
        if k == 1:
            setter = self.choice(["        self._v = v * 2", "        raise AttributeError('ro')", "        pass"])
            return ["class P:", "    def __init__(self):", "        self._v = 1", "    @property",
                    "    def v(self):", "        return self._v", "    @v.setter", "    def v(self, v):", setter,
                    "class Q(P):", "    @property", "    def v(self):", "        return super().v + 100",
                    "o = %s()" % self.choice(["P", "Q"]), "try:", "    o.v = 5",
                    "except AttributeError as e:", "    show('AE', e)", "show(o.v, o._v)"]
        if k == 2:
            return ["class M:", "    count = 0", "    @classmethod", "    def make(cls):", "        cls.count += 1",
                    "        return cls()", "    @staticmethod", "    def s(x):", "        return x * 2",
                    "class N(M):", "    pass", "N.make(); M.make(); N.make()",
                    "show(M.count, N.count, N.s(4), M().s(1), type(N.make()).__name__)"]
        return ["class Base:", "    def __init__(self, x):", "        self.x = x",
                "    def __repr__(self):", "        return '%s(%r)' % (type(self).__name__, self.x)",
                "class Kid(Base):", "    def __init__(self, x, y=%s):" % self.small_int(),
                "        super().__init__(x)", "        self.y = y",
                "show(Kid(1), Kid(2, 3).y, isinstance(Kid(0), Base), issubclass(Base, Kid), vars(Kid(4, 5)))"]

    def stmt_gen_throw8(self):
        act = self.choice(["g.throw(KeyError('k'))", "g.send(None); g.throw(ValueError)", "g.close()",
                           "next(g); g.send('v'); g.throw(RuntimeError('r'))", "next(g); show(g.close())",
                           "g.send('early')", "next(g); next(g); next(g)"])
        inner = self.choice(["yield from sub()", "x = yield from sub(); show('sub ret', x)", "yield 10; yield 11"])
        return ["def sub():", "    try:", "        v = yield 'a'", "        show('sub got', v)", "        yield 'b'",
                "    except ValueError:", "        show('sub VE')", "        yield 'c'", "    return 'subr'",
                "def g8():", "    try:", "        " + inner.replace("; ", "\n        "),
                "    except KeyError as e:", "        show('g KE', e)", "        yield 'k'",
                "g = g8()", "try:", "    show(%s)" % act if not act.startswith("next(g); show") and "; " not in act else "    " + act.replace("; ", "\n    "),
                "except (StopIteration, RuntimeError, ValueError, KeyError, TypeError) as e:",
                "    show('ended', type(e).__name__, e)"]

    def stmt_arith8(self):
        a = self.choice(["-7", "7", "-2 ** 65", "2 ** 64 + 1", "-1", "0", "-10 ** 20", "3", "-7.5", "7.5", "-0.0",
                         "1e308", "-(2 ** 63)", "2 ** 63", "True"])
        b = self.choice(["2", "-2", "3", "-3", "2 ** 64", "-(2 ** 64)", "0.5", "-0.5", "7", "-1", "1e-300", "2.0", "0"])
        op = self.choice(["//", "%", "divmod", "/", "**", "pow", "round", "*", "-", "<<", ">>"])
        if op == "divmod":
            e = "divmod(%s, %s)" % (a, b)
        elif op == "pow":
            e = "pow(%s, %s)" % (a, self.choice(["2", "-1", "0", "3"]))
        elif op == "round":
            e = "round(%s, %s)" % (a, self.choice(["0", "-1", "2", "-20", "None"]))
        elif op in ("<<", ">>"):
            e = "(%s) %s %s" % (a, op, self.choice(["1", "3", "64", "70", "0"]))
        elif op == "**":
            # no fractional power of a negative number: a complex, outside the subset
            e = "(%s) ** %s" % (a, self.choice(["2", "-1", "0", "3"] + ([] if a.startswith("-") else ["0.5"])))
        else:
            e = "(%s) %s (%s)" % (a, op, b)
        return ["show(%s)" % e]

    def stmt_iter_hint8(self):
        src = self.choice(["[1, 2, 3]", "(1, 2)", "'abc'", "range(5)", "{1: 2, 3: 4}", "{5, 6}", "b'xy'",
                           "reversed([1, 2, 3])", "reversed('ab')", "{1: 2}.items()"])
        act = self.choice(["next(it)", "list(it)", "next(it); next(it)", "pass"])
        return ["import operator", "it = iter(%s)" % src, act, "show(operator.length_hint(it, -1), list(it))"]

    def stmt_kw_count8(self):
        # gen 0's count around the first and second keyword call of a
        # built-in (Argument Clinic parsers make a keyword tuple once); not
        # bisect's functions nor itertools.permutations (Python code here,
        # C in CPython: their counts differ by design), nor str() with
        # keywords (outside the subset)
        call = self.choice(["sum([1], start=0)", "round(2.5, ndigits=1)", "pow(2, 3, mod=5)",
                            "sorted([2, 1], reverse=True)", "[3, 1].sort(key=None)", "int('7', base=8)",
                            "'a b'.split(sep=None)", "'a b'.rsplit(maxsplit=1)", "'a\\nb'.splitlines(keepends=True)",
                            "'a\\tb'.expandtabs(tabsize=2)", "'x'.encode(errors='strict')",
                            "b'x'.decode(encoding='ascii')", "b'ab'.hex(sep='-')", "(5).to_bytes(2, byteorder='little')",
                            "int.from_bytes(b'\\x01', byteorder='big')", "bytearray(b'a b').split(sep=b' ')",
                            "enumerate([1], start=1)", "math.isclose(1.0, 1.0, rel_tol=0.1)", "math.prod([2, 3], start=1)",
                            "itertools.count(start=1)", "itertools.accumulate([1, 2], initial=0)",
                            "itertools.combinations('ab', r=1)",
                            "itertools.groupby('aab', key=None)", "zip([1], strict=True)", "max([1], default=0)",
                            "min([], default=0)", "bytes('a', encoding='ascii')", "'ab'.split('a', maxsplit=1)", "b'a-b'.rsplit(b'-', maxsplit=1)", "sum([], 5)",
                            "round(7)", "int('5')", "'ab'.splitlines()", "dict(a=1)", "sorted('ba')"])
        return ["import math, itertools, bisect", "gc.collect()", "gc.get_count()", "c0 = gc.get_count()[0]",
                "r = " + call, "c1 = gc.get_count()[0]", "r = " + call, "c2 = gc.get_count()[0]",
                "show(%r, c1 - c0, c2 - c1)" % call]

    # ---- round 9: weakref/finalize orders, exception chains, float formatting,
    # integer arguments at the ends of Py_ssize_t, built-ins' signatures ---------

    def stmt_weak_order9(self):
        # callbacks and finalizers of one object and of a cycle: their order
        # (newest callback first, finalizers after), what they see, counts
        kind = self.choice(["plain", "cycle", "nested"])
        lines = ["class W:", "    pass", "a = W()", "b = W()"]
        if kind == "cycle":
            lines += ["a.other = b", "b.other = a"]
        elif kind == "nested":
            lines += ["a.child = b"]
        regs = []
        for i in range(self.r.randrange(1, 5)):
            tgt = self.choice(["a", "b"])
            how = self.choice(["ref", "ref", "fin", "basic"])
            if how == "ref":
                regs.append("r%d = weakref.ref(%s, lambda w, i=%d: log.append(('cb', i, w() is None)))" % (i, tgt, i))
            elif how == "fin":
                regs.append("f%d = weakref.finalize(%s, log.append, ('fin', %d))" % (i, tgt, i))
            else:
                regs.append("r%d = weakref.ref(%s)" % (i, tgt))
        lines += regs
        lines += ["show(weakref.getweakrefcount(a), weakref.getweakrefcount(b))"]
        kill = self.choice(["del a, b", "del b, a", "del a", "del b"])
        lines += [kill, "show('after del', log)"]
        lines += [self.choice(["gc.collect()", "pass"]), "show('after collect', log)", "log.clear()"]
        return lines

    def stmt_exc_chain9(self):
        # __context__/__cause__/__suppress_context__ through nested handlers,
        # finally, with and re-raises; what each level sees
        inner = self.choice(["raise KeyError('k')", "1 / 0", "[][1]", "int('x')", "raise ValueError('v')"])
        mid = self.choice(["raise TypeError('t')", "raise TypeError('t') from None",
                           "raise TypeError('t') from e0", "raise", "raise e0",
                           "raise RuntimeError('r') from ValueError('c')"])
        outer = self.choice(["pass", "raise", "raise OSError('o')", "raise OSError('o') from e1"])
        lines = ["def chain():", "    try:", "        try:", "            " + inner,
                 "        except Exception as e0:", "            " + mid,
                 "    except Exception as e1:",
                 "        show('mid', type(e1).__name__, type(e1.__context__).__name__, type(e1.__cause__).__name__, e1.__suppress_context__)",
                 "        " + outer, "    finally:", "        show('finally')",
                 "try:", "    chain()", "except Exception as e2:",
                 "    c = e2", "    while c is not None:",
                 "        show('chain', type(c).__name__, c.args, c.__suppress_context__, c.__cause__ is c.__context__)",
                 "        c = c.__cause__ or c.__context__",
                 "show('handled', repr(__import__('sys').exc_info()[0]))"]
        return lines

    def stmt_float_fmt9(self):
        v = self.choice(["0.1", "1/3", "-0.0", "1e16", "123456789.125", "2.5", "1e-7", "float('inf')",
                         "float('-inf')", "float('nan')", "1.5e300", "5e-324", "0.5", "-1234.5678", "9.995",
                         "2**53 + 1.0", "1e22", "100.0", "0.000123456"])
        spec = self.choice(["", "e", "f", "g", "%", ".0f", ".1e", ".3g", "#g", "#.0f", ",", "_.2f", "+.2e",
                            " g", "015.3f", "<10.2g", "^12e", "=+12.1f", ".17g", ".0e", "#.3e", "n", ".2%",
                            "010", "-^9.2f", ".20f", ",.3f", "_g", "z.1f", "#x"])
        pct = self.choice(["%f", "%e", "%g", "%.3f", "%#.0e", "%10.2g", "%-10.1f|", "%+g", "% .4e", "%r",
                           "%s", "%.0f", "%#g", "%.*f"])
        args = "(2, x)" if "*" in pct else "x"
        return ["x = %s" % v, "show(repr(x), str(x), format(x, %r))" % spec,
                "show(%r %% %s)" % (pct, args), "show(f'{x:%s}', round(x, 2) if x == x and abs(x) < 1e300 else 0)" % spec]

    def stmt_int_bounds9(self):
        v = self.choice(["-2**63", "-2**63 + 1", "2**63 - 1", "2**63", "-2**64", "2**70", "-1", "2**31", "-2**31 - 1"])
        call = self.choice(["[1, 2].pop(v)", "[1, 2].insert(v, 0)", "'ab' * v if v != 2**31 else 0", "[0] * v if v < 0 else 0",
                            "(1,) * v if v < 0 else 0", "'ab'.center(v) if v < 2**20 else 'ab'.center(-v)",
                            "'ab'.ljust(v) if v < 0 else 0", "'a b c'.split(None, v)", "'aaa'.replace('a', 'b', v)",
                            "'ab'.zfill(v) if v < 0 else 0", "bytearray(b'ab').pop(v)",
                            "'a\\nb'.splitlines(v)", "chr(v)", "int('7', v)", "(1).to_bytes(v, 'big') if v < 0 else 0",
                            "list(itertools.islice([1, 2], v))", "itertools.combinations([1], v)",
                            "collections.deque([1, 2, 3]).rotate(v)", "collections.deque([1], v) if v < 0 else 0",
                            "'%*d|' % (v, 1) if v == -2**63 else 0", "b'ab'.center(v) if v < 0 else 0"])
        return ["import itertools, collections", "v = %s" % v, "r = %s" % call,
                "show(r if isinstance(r, (int, str, bytes, list, tuple, type(None))) else type(r).__name__)"]

    def stmt_text_sig9(self):
        f = self.choice(["len", "sorted", "min", "print", "round", "pow", "sum", "divmod", "format", "iter",
                         "list.append", "list.sort", "list.index", "dict.get", "dict.pop", "dict.fromkeys",
                         "dict.update", "str.split", "str.join", "str.format", "str.encode", "str.center",
                         "bytes.hex", "bytes.decode", "int.to_bytes", "int.from_bytes", "float.fromhex",
                         "set.add", "tuple.count", "[].append", "{}.get", "''.split", "(1).bit_length",
                         "object.__format__", "type.mro", "gc.collect", "sys.getrefcount", "math.sqrt"])
        return ["import sys, math", "f = %s" % f,
                "show(f.__text_signature__, (f.__doc__ or '').split('\\n')[0])"]

    # ---- round 10: built-in methods by call form (descriptor, bound,
    # getattr, **), their kinds; gen 0's count around the first and second
    # calls of built-in and library types; function objects' attributes ---

    def stmt_method_forms10(self):
        # a built-in method with a bogus keyword, too few or too many
        # arguments, through each call form; what kind of object it is
        t, m, args = self.choice([("str", "count", "'a'"), ("str", "find", "'a'"), ("str", "startswith", "'a'"),
                                  ("str", "join", "[]"), ("str", "upper", ""), ("str", "split", "','"),
                                  ("str", "index", "'a'"), ("str", "rfind", "'a'"), ("str", "partition", "'a'"),
                                  ("list", "append", "1"), ("list", "index", "1"), ("list", "pop", ""),
                                  ("list", "__getitem__", "0"), ("list", "__contains__", "1"), ("list", "sort", ""),
                                  ("dict", "get", "'a'"), ("dict", "__contains__", "'a'"), ("dict", "__getitem__", "'a'"),
                                  ("dict", "setdefault", "'a'"), ("dict", "pop", "'a'"), ("dict", "update", "{}"),
                                  ("set", "union", "[]"), ("set", "add", "1"), ("set", "__contains__", "1"),
                                  ("set", "update", "[]"), ("frozenset", "union", "[]"), ("tuple", "count", "1"),
                                  ("bytes", "count", "b'a'"), ("bytes", "find", "b'a'"), ("bytearray", "count", "b'a'"),
                                  ("bytes", "join", "[]"), ("int", "bit_length", ""), ("float", "is_integer", ""),
                                  ("str", "__sizeof__", ""), ("list", "__sizeof__", ""), ("int", "__format__", "''"),
                                  ("str", "__format__", "''")])
        inst = {"str": "'abca'", "list": "[1, 2, 1]", "dict": "{'a': 1}", "set": "{1, 2}",
                "frozenset": "frozenset({1})", "tuple": "(1, 2)", "bytes": "b'abca'",
                "bytearray": "bytearray(b'ab')", "int": "5", "float": "1.5"}[t]
        extra = self.choice(["x=1", "", "1, 2, 3, 4", "*[]", "**{'x': 1}"])
        a = ", ".join(x for x in (args, extra) if x)
        form = self.choice(["o.%s(%s)" % (m, a), "%s.%s(o%s)" % (t, m, ", " + a if a else ""),
                            "f(%s)" % a, "getattr(o, %r)(%s)" % (m, a)])
        return ["o = %s" % inst, "f = o.%s" % m,
                "show(type(%s.%s).__name__, type(f).__name__, %r in %s.__dict__, f.__qualname__)" % (t, m, m, t),
                "r = " + form, "show('ok', r if isinstance(r, (int, str, bytes, bool, type(None))) else type(r).__name__)"]

    def stmt_type_counts10(self):
        # gen 0's count around the first call (after collect(), which
        # empties the free lists) and the second of a type or factory
        call = self.choice(["itertools.repeat(1)", "itertools.repeat(1, 2)", "itertools.accumulate(L)",
                            "itertools.takewhile(bool, L)", "itertools.dropwhile(bool, L)",
                            "itertools.groupby(L)", "itertools.islice(L, 1)", "itertools.islice(L, 0, 2, 1)",
                            "itertools.chain(L, L)", "itertools.chain.from_iterable([L])", "itertools.count(2)",
                            "itertools.cycle(L)", "itertools.product(L)", "itertools.combinations(L, 2)",
                            "collections.deque(L)", "collections.deque(L, 2)", "collections.OrderedDict()",
                            "collections.defaultdict(list)", "collections.Counter()", "enumerate(L)", "zip(L, L)",
                            "map(abs, L)", "filter(None, L)", "reversed(L)", "iter(L)", "range(2)", "slice(1, 2)",
                            "list(L)", "tuple(L)", "dict(a=1)", "set(L)", "frozenset(L)", "bytearray(2)",
                            "memoryview(b'ab')" if False else "bytes(2)", "str(5)", "int('5')", "float('1.5')",
                            "property(abs)", "staticmethod(abs)", "classmethod(abs)", "super(int, 5)",
                            "weakref.ref(C)", "object()", "C()", "next(itertools.groupby(L))",
                            "list(itertools.islice(L, 2))", "sorted(L, key=None)", "'a,b'.split(sep=',')",
                            "L.index(1, 0)", "{}.get('a', 0)"])
        return ["import itertools, collections", "L = [1, 2, 3]", "class C:", "    pass",
                "gc.collect()", "gc.get_count()", "c0 = gc.get_count()[0]",
                "r = " + call, "c1 = gc.get_count()[0]", "r = " + call, "c2 = gc.get_count()[0]",
                "show(%r, c1 - c0, c2 - c1)" % call]

    def stmt_func_attrs10(self):
        # a function object's attributes set, replaced and deleted, then
        # called: __code__ (free-variable counts), defaults, names, dict
        lines = ["def mk(v):", "    def inner(a, b=2):", "        return ('inner', a, b, v)", "    return inner",
                 "def plain(a, b=3):", "    return ('plain', a, b)", "def two(a):", "    return ('two', a)",
                 "lam = lambda *a, **k: ('lam', a, sorted(k))", "g = mk(9)"]
        for _ in range(self.r.randrange(1, 4)):
            tgt = self.choice(["plain", "two", "g", "lam"])
            op = self.choice(["%s.__code__ = %s.__code__" % (tgt, self.choice(["plain", "two", "g", "lam"])),
                              "%s.__code__ = None" % tgt, "del %s.__code__" % tgt,
                              "%s.__defaults__ = %s" % (tgt, self.choice(["(7,)", "None", "(1, 2)", "[1]", "()"])),
                              "%s.__kwdefaults__ = %s" % (tgt, self.choice(["{'b': 1}", "None", "1"])),
                              "%s.__name__ = %s" % (tgt, self.choice(["'n'", "1", "None"])),
                              "%s.__qualname__ = %s" % (tgt, self.choice(["'q.r'", "2"])),
                              "%s.attr = 5" % tgt, "del %s.__defaults__" % tgt, "del %s.__name__" % tgt,
                              "%s.__dict__ = %s" % (tgt, self.choice(["{'z': 1}", "1"])),
                              "%s.__doc__ = 'doc'" % tgt, "%s.__module__ = 'm'" % tgt])
            lines += ["try:", "    " + op, "except Exception as e:", "    show('set', type(e).__name__, e)"]
        for f in ("plain", "two", "g", "lam"):
            lines += ["try:", "    show(%s(1), %s.__name__, %s.__qualname__, %s.__defaults__, %s.__code__.co_name, len(%s.__closure__ or ()))"
                      % (f, f, f, f, f, f), "except Exception as e:", "    show('call', type(e).__name__, e)"]
        return lines

    # ---- round 11 --------------------------------------------------------------

    def stmt_strbytes11(self):
        # str and bytes methods with edge arguments: start/end past either
        # end or negative, empty separators and fill, counts of 0 and -1,
        # tabs, keepends, and the same method on bytes and bytearray
        s = self.choice(["''", "'abcabc'", "'a\\tb\\tcc'", "'  x y  '", "'a\\nb\\r\\nc\\r'", "'ÄbÇ'", "'aaa'",
                         "'x.y.z'", "'12'", "'-5'", "'+0'"])
        kind = self.choice(["s", "s", "b", "ba"])
        if kind == "b":
            s = "b" + s if "Ä" not in s else "b'ABC'"
        elif kind == "ba":
            s = "bytearray(%s)" % ("b" + s if "Ä" not in s else "b'ABC'")
        q = "b" if kind != "s" else ""
        idx = lambda: self.choice(["0", "1", "-1", "-100", "100", "None", "2", "-2", "2**63", "-2**63"])
        sub = lambda: q + self.choice(["''", "'a'", "'b'", "'ab'", "'x'", "'.'", "'\\t'", "'c'"])
        calls = ["find(%s, %s, %s)" % (sub(), idx(), idx()), "rfind(%s, %s)" % (sub(), idx()),
                 "count(%s, %s, %s)" % (sub(), idx(), idx()), "index(%s, %s)" % (sub(), idx()),
                 "rindex(%s, %s, %s)" % (sub(), idx(), idx()),
                 "startswith((%s, %s), %s, %s)" % (sub(), sub(), idx(), idx()),
                 "endswith(%s, %s, %s)" % (sub(), idx(), idx()),
                 "split(%s, %s)" % (self.choice(["None", sub()]), self.choice(["-1", "0", "1", "2"])),
                 "rsplit(%s, %s)" % (self.choice(["None", sub()]), self.choice(["-1", "0", "1"])),
                 "splitlines(%s)" % self.choice(["True", "False", ""]),
                 "replace(%s, %s, %s)" % (sub(), sub(), self.choice(["-1", "0", "1", "2"])),
                 "expandtabs(%s)" % self.choice(["0", "1", "4", "-1", ""]),
                 "center(%s, %s)" % (self.choice(["0", "7", "8", "-3"]), q + self.choice(["'*'", "'ab'", "''"])),
                 "ljust(%s)" % self.choice(["5", "-1"]), "rjust(6, %s)" % (q + "'0'"),
                 "zfill(%s)" % self.choice(["0", "5", "-2"]),
                 "strip(%s)" % self.choice(["None", sub()]), "lstrip(%s)" % self.choice(["None", sub()]),
                 "rstrip(%s)" % self.choice(["None", sub()]), "partition(%s)" % sub(), "rpartition(%s)" % sub(),
                 "removeprefix(%s)" % sub(), "removesuffix(%s)" % sub(), "title()", "swapcase()",
                 "capitalize()", "isdigit()", "isspace()", "istitle()", "isalnum()", "join([%s, %s])" % (sub(), sub())]
        if kind == "s":
            calls += ["casefold()", "isdecimal()", "isnumeric()", "isprintable()", "format_map({})",
                      "encode()", "isidentifier()"]
        else:
            calls += ["hex()", "hex(%s)" % (q + "':'"), "hex(':', %s)" % self.choice(["1", "2", "-1", "0"]),
                      "decode()", "isascii()"]
        lines = ["s = " + s]
        for c in self.r.sample(calls, self.r.randrange(2, 6)):
            lines += ["try:", "    show(%r, repr(s.%s))" % (c, c), "except Exception as e:",
                      "    show(%r, type(e).__name__, e)" % c]
        return lines

    def stmt_numfmt11(self):
        # int and float formatting and arithmetic at the edges: format specs
        # with grouping, sign, alternate form and precision, conversions
        # between bases, to_bytes/from_bytes, float.hex, round with a
        # negative count, divmod and % of mixed signs, comparisons of
        # int and float at 2**53
        v = self.choice(["0", "-0.0", "7", "-7", "255", "2**53", "2**53 + 1", "-2**63", "10**20", "1e16",
                         "0.5", "2.5", "-1.5", "1/3", "float('inf')", "float('nan')", "123456789.125", "True",
                         "1e-7", "12345.6789", "-0.001"])
        spec = self.choice(["", "d", ",", "_", "+", " ", "#x", "#o", "#b", "08.3f", "e", ".0e", ".2%", "g",
                            ".3g", "#g", "n", ">10", "<+8.2f", "^9", "=+10", "x", "X", "_x", ",.2f", "c", ".1",
                            "010,", "0=8", "s", "#.0f", "-"])
        ops = ["format(v, %r)" % spec, "'%r %s' % (v, v)", "round(v, %s)" % self.choice(["-1", "-2", "0", "1", "None"]),
               "divmod(v, %s)" % self.choice(["3", "-3", "0.5", "-0.5", "0"]),
               "v %% %s" % self.choice(["7", "-7", "1.5", "-2"]), "v // %s" % self.choice(["2", "-2", "0.25"]),
               "v == 2**53 + 1", "v < 2**53 + 1", "int(v)", "float(v)", "v.as_integer_ratio()",
               "hash(v) == hash(float(v))", "v ** %s" % self.choice(["0", "-1", "0.5", "2", "3"]),
               "(v).__trunc__()", "abs(v)", "-v", "v.conjugate()", "(v).real", "pow(v, 2, 5)",
               "int(v).to_bytes(16, 'big', signed=True).hex()", "int(v).bit_length()", "int(v).bit_count()",
               "float(v).hex()", "float(v).is_integer()", "int(str(int(v)), %s)" % self.choice(["0", "10", "36"]),
               "int(%r, 0)" % self.choice(["0x_ff", "0b101", "0o17", "1_000", "010", " 12 ", "0_0"]),
               "float(%r)" % self.choice(["1_0.5", " inf", "-NaN", "1e500", "0x1p3", ".5", "5."]),
               "int.from_bytes(%s, %s, signed=%s)" % (self.choice(["b'\\xff\\x00'", "b''", "[1, 2]"]),
                                                      self.choice(["'big'", "'little'"]), self.choice(["True", "False"])),
               "f'{v:{sp}}'", "str(v)", "repr(v)"]
        lines = ["v = " + v, "sp = %r" % spec]
        for o in self.r.sample(ops, self.r.randrange(2, 6)):
            lines += ["try:", "    show(%r, %s)" % (o, o), "except Exception as e:",
                      "    show(%r, type(e).__name__, e)" % o]
        return lines

    def stmt_views_scope11(self):
        # dict/set view operations with sets, lists and other views
        # (results printed sorted), view comparisons, and comprehension
        # scoping: class bodies, walrus, the first iterable evaluated
        # outside, loop variables not leaking
        lines = ["d = {'a': 1, 'b': 2, 'c': 3}", "e = {'b': 2, 'c': 4, 'd': 5}"]
        a = self.choice(["d.keys()", "d.items()", "d.values()", "e.keys()"])
        b = self.choice(["e.keys()", "e.items()", "{'a', 'z'}", "['a', ('b', 2)]", "set()", "d.keys()",
                         "frozenset({('c', 3)})", "iter('ab')", "[[1]]", "1"])
        op = self.choice(["&", "|", "-", "^", "<=", "<", "==", "!=", ">", ">="])
        lines += ["try:", "    r = %s %s %s" % (a, op, b),
                  "    show(%r, sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r)" % (a + op + b),
                  "except Exception as x:", "    show(%r, type(x).__name__, x)" % (a + op + b)]
        lines += ["show(%s.isdisjoint(%s))" % (self.choice(["d.keys()", "d.items()"]), self.choice(["'xyz'", "e", "[('a', 1)]"]))]
        lines += ["show(list(reversed(%s)))" % self.choice(["d.keys()", "d.values()", "d.items()"])]
        lines += ["show(%s in %s)" % (self.choice(["'a'", "('a', 1)", "('a', 2)", "1", "('a',)"]),
                                      self.choice(["d.keys()", "d.items()", "d.values()"]))]
        k = self.r.randrange(5)
        if k == 0:
            lines += ["class K:", "    xs = [1, 2]", "    n = 2",
                      "    try:", "        ys = [x * n for x in xs]", "    except NameError as e:", "        ys = str(e)",
                      "    zs = [x for x in xs if x]", "show(K.ys, K.zs)"]
        elif k == 1:
            lines += ["t = 0", "r = [t := t + x for x in range(4)]", "show(r, t)",
                      "g = (y for y in [1, 2] if (w := y))", "show(list(g), 'w' in dir())"]
        elif k == 2:
            lines += ["x = 'outer'", "r = [x for x in 'ab']", "show(x, r)",
                      "r = [[x, y] for x in range(2) for y in range(x)]", "show(r)",
                      "r = {x: [x for x in 'q'] for x in 'ab'}", "show(r, x)"]
        elif k == 3:
            lines += ["def f():", "    log.append('it')", "    return [1, 2]",
                      "g = (x for x in f() if log.append('cond') or True)", "show(log)", "show(list(g), log)"]
        else:
            lines += ["try:", "    r = [(lambda: i)() for i in range(3)]", "    show(r)",
                      "    fs = [lambda: i for i in range(3)]", "    show([f() for f in fs])",
                      "except Exception as e:", "    show(type(e).__name__, e)",
                      "try:", "    [j for j in range(2)]", "    show(j)", "except NameError as e:", "    show(e)"]
        return lines

    def program(self, n):
        kinds = [self.stmt_expr] * 6 + [self.stmt_const_identity, self.stmt_class, self.stmt_class,
                                        self.stmt_exc, self.stmt_gc, self.stmt_weakref,
                                        self.stmt_bigint, self.stmt_set, self.stmt_generator, self.stmt_with,
                                        self.stmt_bytes, self.stmt_percent, self.stmt_starred,
                                        self.stmt_finally, self.stmt_finalize, self.stmt_attr_hooks,
                                        self.stmt_sort_cmp, self.stmt_dunder_assign, self.stmt_dict_views,
                                        self.stmt_call_counts, self.stmt_referents, self.stmt_str_repr,
                                        self.stmt_iter_sentinel, self.stmt_inplace_seq, self.stmt_fmt_field,
                                        self.stmt_kw_error, self.stmt_reflected, self.stmt_pow3,
                                        self.stmt_stop_value, self.stmt_super_attrs,
                                        self.stmt_str_methods4, self.stmt_maketrans, self.stmt_hash_const,
                                        self.stmt_weakdict, self.stmt_finalize_attrs, self.stmt_arg_errors,
                                        self.stmt_exc_str, self.stmt_dict_unpack, self.stmt_weakmethod,
                                        self.stmt_round_dunders, self.stmt_contains_proto, self.stmt_counter_ops,
                                        self.stmt_view_ops, self.stmt_coll_repr, self.stmt_identity_copy,
                                        self.stmt_slots_decl, self.stmt_class_fail, self.stmt_exc_notes,
                                        self.stmt_heapq_merge, self.stmt_math_more, self.stmt_coll_kwargs,
                                        self.stmt_weakdict_or, self.stmt_descr_attrs, self.stmt_gc_module_calls,
                                        self.stmt_unpack_err, self.stmt_fstring_nested, self.stmt_lru_info,
                                        self.stmt_itertools6, self.stmt_str_lines, self.stmt_bisect_key,
                                        self.stmt_view_mapping, self.stmt_property_err, self.stmt_call_sig,
                                        self.stmt_slice_assign, self.stmt_sort_err, self.stmt_gen_proto,
                                        self.stmt_cells, self.stmt_referrers,
                                        self.stmt_str_methods8, self.stmt_format8, self.stmt_slicing8,
                                        self.stmt_slicing8, self.stmt_dict_set8, self.stmt_dict_set8,
                                        self.stmt_comprehension8, self.stmt_try_loop8, self.stmt_try_loop8,
                                        self.stmt_class_hier8, self.stmt_class_hier8, self.stmt_gen_throw8,
                                        self.stmt_gen_throw8, self.stmt_arith8, self.stmt_arith8,
                                        self.stmt_arith8, self.stmt_iter_hint8, self.stmt_kw_count8,
                                        self.stmt_kw_count8] + \
                [self.stmt_weak_order9, self.stmt_exc_chain9, self.stmt_float_fmt9, self.stmt_int_bounds9,
                 self.stmt_text_sig9] * 4 + \
                [self.stmt_method_forms10, self.stmt_type_counts10, self.stmt_func_attrs10] * 5 + \
                [self.stmt_strbytes11, self.stmt_numfmt11, self.stmt_views_scope11] * 8
        if self.kinds:   # --kinds: only the generators whose names match
            kinds = [k for k in kinds if re.search(self.kinds, k.__name__)] or kinds
        chunks = []
        for _ in range(n):
            body = self.choice(kinds)()
            chunks.append(["try:"] + ["    " + l for l in body] +
                          ["except Exception as e:", "    show('E', type(e).__name__, e)"])
        return chunks


def render(chunks):
    return PRELUDE + "".join("\n".join(c) + "\n" for c in chunks)


# ---- running and comparing -----------------------------------------------------------

def run(cmd, path, timeout=10):
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        p = subprocess.run(cmd + [path], capture_output=True, timeout=timeout, env=env,
                           cwd=os.path.dirname(path))
        out = p.stdout.decode("utf-8", "replace")
        return out, p.returncode
    except subprocess.TimeoutExpired:
        return None, -1




def first_diff(a, b):
    la, lb = a[0].splitlines(), b[0].splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<EOF>"
        y = lb[i] if i < len(lb) else "<EOF>"
        if x != y:
            return x, y
    if a[1] != b[1]:
        return "status %d" % a[1], "status %d" % b[1]
    return None


def compare(chunks, args, tmpdir, tag):
    path = os.path.join(tmpdir, "p%s.py" % tag)
    with open(path, "w") as f:
        f.write(render(chunks))
    cp = run([args.python], path)
    if cp[0] is None:
        return "skip"          # CPython too slow
    gl = run([args.gclab, "run"], path)
    if gl[0] is None:
        return ("timeout", "timeout")
    return first_diff(cp, gl)


def signature(d):
    # addresses (hex digits included) and numbers masked
    return tuple(re.sub(r"\d+", "N", re.sub(r"0x[0-9a-f]+", "A", s))[:80] for s in d)


def minimise(chunks, d, args, tmpdir, tag):
    """Drop chunks (then lines inside none) while the same difference shows."""
    want = signature(d)
    i = 0
    while i < len(chunks):
        trial = chunks[:i] + chunks[i + 1:]
        r = compare(trial, args, tmpdir, tag)
        if r not in (None, "skip") and signature(r) == want:
            chunks = trial
        else:
            i += 1
    return chunks


def one(seed, args, tmpdir):
    rnd = random.Random(seed)
    chunks = Gen(rnd).program(rnd.randrange(3, 12))
    d = compare(chunks, args, tmpdir, str(seed))
    if d in (None, "skip"):
        return seed, d, None
    return seed, d, chunks


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "difffuzz"))
    ap.add_argument("--gclab", default=os.path.join(ROOT, "build", "gclab"))
    ap.add_argument("--python", default=CPYTHON)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--kinds", help="regex: only the statement generators whose names match (e.g. '11$')")
    args = ap.parse_args()
    Gen.kinds = args.kinds
    os.makedirs(args.out, exist_ok=True)
    seen = set()
    tried = skipped = diffs = 0
    end = time.time() + args.seconds
    seed = args.seed
    with tempfile.TemporaryDirectory() as tmpdir, ThreadPoolExecutor(args.jobs) as ex:
        while time.time() < end:
            batch = list(ex.map(lambda s: one(s, args, tmpdir), range(seed, seed + args.jobs)))
            seed += args.jobs
            for s, d, chunks in batch:
                tried += 1
                if d == "skip":
                    skipped += 1
                if chunks is None:
                    continue
                diffs += 1
                sig = signature(d)
                if sig in seen:
                    continue
                seen.add(sig)
                chunks = minimise(chunks, d, args, tmpdir, "m%d" % s)
                name = os.path.join(args.out, "diff-%03d.py" % len(seen))
                with open(name, "w") as f:
                    f.write("# difffuzz seed %d\n# cpython: %s\n# gclab:   %s\n" % (s, d[0][:200], d[1][:200]))
                    f.write(render(chunks))
                print("difference %d (seed %d): %r vs %r -> %s" % (len(seen), s, d[0][:100], d[1][:100], name),
                      flush=True)
    print("difffuzz: %d programs tried (%d skipped), %d differing, %d distinct, seeds %d..%d"
          % (tried, skipped, diffs, len(seen), args.seed, seed - 1))


if __name__ == "__main__":
    sys.exit(main())
