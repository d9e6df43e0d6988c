#!/usr/bin/env python3
"""count-sweep.py -- each statement's gc.get_count() delta, gclab against CPython 3.11.

    scripts/count-sweep.py --gclab PATH [--python PATH] [STATEMENTS.py]

Builds one program from a list of statements (STATEMENTS.py: one simple
statement per line, an indented line continuing the previous one's block;
without it, the built-in list below), with collections off, runs the
whole list twice (a first pass, then a second one after the first has
warmed the free lists and the lazily made objects), and records gen 0's
count before and after each statement.  The program runs under CPython
3.11 and `gclab run`; every statement whose delta differs is printed as
`PASS DELTA_CPYTHON DELTA_GCLAB STATEMENT`, then the number of differing
statements per pass.  Exit status 0 whether or not they differ (a tool
for finding count gaps by hand, docs/gen.md; a gap found becomes a
conformance program recorded from CPython), 2 on bad usage.
"""
import argparse
import os
import subprocess
import sys
import tempfile

DEFAULT = r'''
x = [1, 2, 3]
y = list(range(5))
z = [i for i in range(5)]
d = {'a': 1}
d2 = dict(a=1)
d3 = dict(d)
t = (x, y)
t2 = tuple(x)
s = {1, 2}
f = 1.5 * 2
l2 = x + y
l5 = sorted(y)
m = list(map(str, x))
zz = list(zip(x, y))
st = str(x)
js = ','.join(map(str, x))
fs = f'{x} {y}'
k = list(d.keys())
it = list(d.items())
d.update(b=2)
x.append(4)
g = (i for i in range(3))
gl = list(g)
def fn(a, b=2, *args, **kw): return a
r3 = fn(1, c=3)
r4 = fn(*x)
class C:
    def __init__(self, v): self.v = v
    def m(self): return self.v
o = C(1)
bm = o.m
r10 = hasattr(o, 'zz')
try:
    raise ValueError('x')
except ValueError as e:
    ee = e
srt = sorted(d.items(), key=lambda kv: kv[1])
dc = {a: b for a, b in zip(x, y)}
a2, *b2 = x
dr = dir(o)
print('x', 'y')
'''


def statements(text):
    groups = []
    for line in text.strip('\n').splitlines():
        if not line.strip():
            continue
        if line[0] in ' \t' or line.startswith(('except', 'else', 'finally', 'elif')):
            if not groups:
                raise ValueError('a continuation line before any statement: %r' % line)
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def program(groups):
    out = ['import gc as _gc, sys as _sys', '_gc.disable()', '_res = []', '_g = _gc.get_count']
    for p in range(2):
        for i, g in enumerate(groups):
            out.append('_c0 = _g()[0]')
            out.extend(g)
            out.append('_res.append((%d, %d, _g()[0] - _c0))' % (p, i))
    out.append('_sys.stderr.write("".join("%d %d %d\\n" % r for r in _res))')
    return '\n'.join(out) + '\n'


def deltas(cmd, path):
    r = subprocess.run(cmd + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit('count-sweep: %s failed (status %d):\n%s' % (cmd[0], r.returncode, r.stderr[-2000:]))
    res = {}
    for line in r.stderr.splitlines():
        p, i, d = line.split()
        res[int(p), int(i)] = int(d)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--gclab', required=True, help='the gclab binary')
    ap.add_argument('--python', default='python3', help='CPython 3.11 (default python3)')
    ap.add_argument('statements', nargs='?', help='a file of statements (default: the built-in list)')
    a = ap.parse_args()
    try:
        text = open(a.statements).read() if a.statements else DEFAULT
        groups = statements(text)
    except (OSError, ValueError) as e:
        print('count-sweep: %s' % e, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'sweep.py')
        with open(path, 'w') as f:
            f.write(program(groups))
        cp = deltas([a.python], path)
        gl = deltas([a.gclab, 'run'], path)
    differ = [0, 0]
    for key in sorted(cp):
        if cp[key] != gl.get(key):
            differ[key[0]] += 1
            print(key[0], cp[key], gl.get(key), groups[key[1]][0])
    print('differing statements: first pass %d, second pass %d, of %d' % (differ[0], differ[1], len(groups)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
