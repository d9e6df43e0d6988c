# Generator pipelines: yield from with return values, send-driven
# coroutines, generator cleanup with finally and close().


def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line


def strip_comments(src):
    for n, line in src:
        line = line.split('#', 1)[0].rstrip()
        if line:
            yield n, line


def tokens(src):
    count = 0
    for n, line in src:
        for tok in line.split():
            count += 1
            yield n, tok
    return count


def collect(src):
    total = yield from src
    print('  tokens seen:', total)
    return total


TEXT = """alpha beta  # first
# comment only

gamma
delta epsilon zeta   # tail
"""

out = list(collect(tokens(strip_comments(read_lines(TEXT)))))
print(out)


def averager():
    total, n = 0.0, 0
    avg = None
    try:
        while True:
            x = yield avg
            if x is None:
                break
            total += x
            n += 1
            avg = total / n
    finally:
        print('  averager closing after', n)
    return avg


g = averager()
print(next(g))
for v in [10, 20, 60]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
h = averager()
next(h)
h.send(4)
h.close()
print(h.gi_frame, h.gi_running)


def delegator():
    r = yield from averager()
    yield 'result %s' % r


d = delegator()
next(d)
d.send(3)
d.send(5)
print(d.send(None))
print(list(d))
squares = (x * x for x in range(6) if x % 2)
print(type(squares).__name__, sum(squares), list(squares))
