# generators: send/throw/close, return values, gi_* attributes
def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield 'recovered'
    finally:
        print("finally")
    return 'done'

it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError", e)
print(it.gi_frame is not None, it.gi_running, it.gi_suspended)
print(next(it), it.gi_suspended)
print(it.send(10))
print(it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
print(it.gi_frame, it.gi_suspended)
try:
    next(it)
except StopIteration as e:
    print("again", e.value)

def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

def deleg():
    r = yield from g()
    print("deleg got", r)
    return r + '!'
d = deleg()
print(next(d), d.send('a'), d.send('b') if False else '')
try:
    d.send('b')
except StopIteration as e:
    print("StopIteration", e.value)
h = g()
h.close()
print(h.gi_frame)
h2 = g(); next(h2); h2.close(); print("closed")
try:
    g().throw(KeyError('k'))
except KeyError as e:
    print("KeyError", e)
print(g.__name__, g().gi_code.co_name, type(g()).__name__)
