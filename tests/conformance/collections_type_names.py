# The collections types are named "collections.X" by CPython 3.11 where it
# uses the type's tp_name: the repr of the type, and messages built from
# it; __name__ and __qualname__ are the short name.
import collections
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple


def err(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)


for t in (OrderedDict, defaultdict, deque, Counter):
    print(repr(t), t.__name__, t.__qualname__, t.__module__)
print(repr(namedtuple('P', 'x y')))
err('od + 1', lambda: OrderedDict() + 1)
err('dd + 1', lambda: defaultdict() + 1)
err('dq + 1', lambda: deque() + 1)
err('dq - 1', lambda: deque() - 1)
err('1 < dq', lambda: 1 < deque())
err('od < od', lambda: OrderedDict() < OrderedDict())
err('dd < 1', lambda: defaultdict() < 1)
err('hash od', lambda: hash(OrderedDict()))
err('hash dq', lambda: hash(deque()))
err('hash dd', lambda: hash(defaultdict()))
err('dq.x', lambda: deque().x)
err('od.x', lambda: OrderedDict().x)
err('dd.x', lambda: defaultdict().x)
err('cnt.x', lambda: Counter().x)
err('dq()', lambda: deque()())
err('od()', lambda: OrderedDict()())
err('dd()', lambda: defaultdict()())
err('iter', lambda: type(iter(deque())))
err('dd bad', lambda: defaultdict(1))
err('dq desc', lambda: deque.append(1, 2))
err('dq len', lambda: len(deque.__dict__['maxlen'].__get__(1)))
err('int(od)', lambda: int(OrderedDict()))
err('float(dq)', lambda: float(deque()))
err('dq[x]', lambda: deque()['x'])
err('od[[]]', lambda: OrderedDict()[[]])
err('dd attr set', lambda: setattr(defaultdict(), 'x', 1))
err('dq attr set', lambda: setattr(deque(), 'x', 1))
err('od copy type', lambda: type(OrderedDict().copy()))
err('sorted dq', lambda: sorted([deque(), deque()]))
err('abs dq', lambda: abs(deque()))
err('-od', lambda: -OrderedDict())
err('next dq', lambda: next(deque()))
err('format', lambda: format(deque(), 'x'))
err('weakref dq', lambda: type(__import__('weakref').ref(deque())))
err('dq mul', lambda: deque() * 'a')
err('od or', lambda: OrderedDict() | 1)
err('dd or', lambda: defaultdict() | 1)
err('cnt sub', lambda: Counter() - 1)
err('isinstance', lambda: isinstance(1, deque()))
print(str(deque), str(OrderedDict))
print(deque.__repr__(deque()), OrderedDict.__repr__(OrderedDict()))
print(type(deque.append), deque.append)
print(deque.maxlen, defaultdict.default_factory)
# subclasses are heap types: their own short names
class MyOD(OrderedDict):
    pass
err('myod + 1', lambda: MyOD() + 1)
print(repr(MyOD), MyOD.__name__)
dd = defaultdict(list)
dd['a'].append(1)
print(dd, dd.default_factory, sorted(dd))
dd.default_factory = None
err('dd missing', lambda: dd['b'])
