# itertools and collections as everyday code uses them (part 2)
# Each line prints one expression's repr, or the exception it raises.
import itertools as it
import collections as co
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict
Pt = namedtuple("Pt", "x y", defaults=[0])

def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (deque("abc").index("c"), deque("abca").count("a")))
show(1, lambda: (deque([1]).popleft(), deque().pop()))
show(2, lambda: (repr(deque()), repr(deque([1], maxlen=1))))
show(3, lambda: (Counter("abracadabra").most_common(3)))
show(4, lambda: (Counter("abracadabra").most_common()))
show(5, lambda: (sorted((Counter(a=3, b=1) - Counter(a=1, b=2)).items())))
show(6, lambda: (sorted((Counter(a=3, b=1) + Counter(a=1, c=2)).items())))
show(7, lambda: (Counter(a=3, b=-1) | Counter(b=2), Counter(a=3) & Counter(a=1, b=1)))
def _f8():
    c = Counter()
    c["x"] += 1
    c.update("xyz")
    c.subtract({"z": 5})
    print(sorted(c.items()), c.total())
    return None
show(8, _f8)
show(9, lambda: (sorted(Counter("aab").elements()), Counter("ab")["zz"]))
show(10, lambda: (+Counter(a=-1, b=2), -Counter(a=-1, b=2)))
show(11, lambda: (repr(Counter(b=1, a=2)), repr(Counter())))
def _f12():
    o = OrderedDict.fromkeys("abc")
    o.move_to_end("a")
    print(list(o))
    o.move_to_end("c", last=False)
    print(list(o))
    return None
show(12, _f12)
show(13, lambda: (OrderedDict(a=1).popitem(), OrderedDict(a=1, b=2).popitem(last=False)))
show(14, lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1)))
show(15, lambda: (repr(OrderedDict()), repr(OrderedDict(a=1))))
def _f16():
    dd = defaultdict(int)
    dd["a"] += 2
    print(dd, dict(dd), dd["b"], len(dd))
    return None
show(16, _f16)
show(17, lambda: (defaultdict(None)["x"]))
show(18, lambda: (defaultdict(list, {"k": [1]})))
show(19, lambda: (repr(defaultdict(lambda: 0))[:24]))
show(20, lambda: (isinstance(defaultdict(), dict), issubclass(Counter, dict), issubclass(OrderedDict, dict)))
