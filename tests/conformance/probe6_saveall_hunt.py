# Leak hunting with DEBUG_SAVEALL: what lands in gc.garbage, by type,
# after a cycle through instances, dicts, lists and a bound method.
import gc


class Session:
    def __init__(self, name):
        self.name = name
        self.handlers = {'close': self.close}
        self.log = [self]

    def close(self):
        return self.name


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL, gc.garbage)
s = Session('s1')
del s
n = gc.collect()
kinds = sorted(type(o).__name__ for o in gc.garbage)
print(n, kinds)
sess = [o for o in gc.garbage if type(o) is Session][0]
print(sess.name, sess.handlers['close'](), sess.log[0] is sess)
gc.set_debug(0)
gc.garbage.clear()
del sess
print('after clearing', gc.collect() > 0, gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_LEAK)
