# weakref.finalize: peek(), atexit, kwargs, and the order finalizers run.
import gc
import weakref

log = []


class Conn:
    def __init__(self, name):
        self.name = name


def close(name, reason='gc', *, verbose=False):
    log.append((name, reason, verbose))
    return 'closed ' + name


c1 = Conn('c1')
f1 = weakref.finalize(c1, close, 'c1', reason='explicit', verbose=True)
obj, func, args, kwargs = f1.peek()
print(obj is c1, func is close, args, sorted(kwargs.items()))
print(f1.alive, f1.atexit)
print(f1())
print(f1.alive, f1.peek(), f1())
c2 = Conn('c2')
f2 = weakref.finalize(c2, close, 'c2')
f2.atexit = False
print(f2.atexit)
c3 = Conn('c3')
f3 = weakref.finalize(c3, log.append, ('c3', 'plain'))
del c2, c3
gc.collect()
print(log)
print(f2.alive, f3.alive, f2.detach(), f3.peek())
c4 = Conn('c4')
f4 = weakref.finalize(c4, close, 'c4')
d = f4.detach()
print(d[0] is c4, d[1] is close, d[2], d[3])
print(f4.alive, f4.detach())
c5 = Conn('c5')
weakref.finalize(c5, print, 'exit finalizer for c5')
print('end of program')
