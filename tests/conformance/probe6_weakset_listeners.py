# An event bus keeping listeners in a weakref.WeakSet.
import gc
import weakref


class Listener:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def notify(self, event):
        self.seen.append(event)

    def __repr__(self):
        return 'Listener(%r)' % self.name


class Bus:
    def __init__(self):
        self.listeners = weakref.WeakSet()

    def subscribe(self, l):
        self.listeners.add(l)

    def publish(self, event):
        for l in sorted(self.listeners, key=lambda l: l.name):
            l.notify(event)
        return len(self.listeners)


bus = Bus()
a, b, c = Listener('a'), Listener('b'), Listener('c')
for l in (a, b, c, a):
    bus.subscribe(l)
print(bus.publish('start'))
del b
gc.collect()
print(bus.publish('second'))
print(a.seen, c.seen)
print(a in bus.listeners, 'x' in bus.listeners)
other = weakref.WeakSet([a])
print(sorted(bus.listeners | other, key=repr))
print(sorted(bus.listeners - other, key=repr))
print(other <= bus.listeners, bus.listeners >= other, other == weakref.WeakSet([a]))
bus.listeners.discard(c)
print(len(bus.listeners), sorted(bus.listeners, key=repr))
bus.listeners.remove(a)
try:
    bus.listeners.remove(a)
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(len(bus.listeners), bool(bus.listeners))
try:
    bus.listeners.add(3)
except TypeError as e:
    print('TypeError:', e)
