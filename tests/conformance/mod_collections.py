# collections: deque (maxlen, rotate, ...), defaultdict, OrderedDict (move_to_end), Counter, namedtuple; errors
import collections
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2]); print(d); d.rotate(2); print(d); d.rotate(-3); print(d)
m = deque(range(10), maxlen=3); print(m, m.maxlen, list(m)); m.append(99); m.appendleft(-1); print(m)
print(deque(), deque(maxlen=2), 3 in d, d.count(5), d.index(5), deque([1, 2]) == deque([1, 2]), bool(deque()))
d.remove(5); d.reverse(); print(d, d.copy(), type(d), deque('abc') + deque('de'))
d[0] = 'x'; del d[1]; print(d)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], len(dd), dict(dd), isinstance(dd, dict), dd.default_factory)
cnt = defaultdict(int)
for w in 'the cat the dog the end'.split():
    cnt[w] += 1
print(cnt, sorted(cnt.items()))
od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
od.move_to_end('x'); print(od, list(od)); od.move_to_end('z', last=False); print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), OrderedDict([('a', 1)]) == OrderedDict([('a', 1)]))
c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), sorted(c.elements())[:5], c.total())
c.update('aaz'); c.subtract(['b']); print(c.most_common(3), Counter(a=1) if False else Counter({'x': 2, 'y': 1}))
print(Counter('aab') + Counter('bc'), Counter('aab') - Counter('ab'), Counter('aab') | Counter('bbc'), Counter('aab') & Counter('abb'))
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2); q = Point(x=3, y=4)
print(p, q, p.x, p[1], list(p), len(p), p == Point(1, 2), p != q, p._asdict(), p._replace(y=9), Point._fields)
x, y = q; print(x, y, hash(p) == hash(Point(1, 2)), Point._make([5, 6]))
P3 = namedtuple('P3', 'a b c', defaults=[0]); print(P3(1, 2), P3(1, 2, 3))
import gc
print(gc.is_tracked(deque()), gc.is_tracked(defaultdict(list)), gc.is_tracked(OrderedDict()))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1]).index(2))
err(lambda: deque([1]).remove(2))
err(lambda: deque([1])[5])
err(lambda: deque([], -1))
err(lambda: defaultdict()['k'])
err(lambda: defaultdict(5))
err(lambda: OrderedDict().popitem())
err(lambda: OrderedDict().move_to_end('q'))
err(lambda: Point(1))
err(lambda: Point(1, 2, 3))
err(lambda: Point(1, z=2))
err(lambda: p._replace(z=1))
err(lambda: namedtuple('Bad', ['_a']))
err(lambda: namedtuple('Bad', ['a', 'a']))
