# itertools repeat, accumulate, takewhile, dropwhile, groupby and
# combinations: arguments and their errors, reprs, shared groupby state,
# reused combination tuples, errors from callbacks, subclasses.
import itertools as it
def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
show("groupby()", lambda: it.groupby())
show("groupby 3", lambda: it.groupby([], None, 1))
show("groupby(1)", lambda: it.groupby(1))
show("groupby kee", lambda: it.groupby([], kee=1))
show("groupby kw", lambda: [(k, list(g)) for k, g in it.groupby(iterable=[1, 1, 2], key=None)])
show("groupby both", lambda: it.groupby([1], iterable=[2]))
show("comb 1", lambda: it.combinations([1]))
show("comb -1", lambda: it.combinations([1], -1))
show("comb a", lambda: it.combinations([1], 'a'))
show("comb kw", lambda: list(it.combinations(iterable=[1, 2], r=1)))
show("comb int", lambda: it.combinations(1, 2))
show("comb 3", lambda: it.combinations([1], 2, 3))
show("comb big", lambda: it.combinations([1], 2**70))
show("repeat()", lambda: it.repeat())
show("repeat a", lambda: it.repeat(1, 'a'))
show("repeat -3", lambda: list(it.repeat(1, -3)))
show("repeat kw", lambda: list(it.repeat(object=1, times=2)))
show("repeat 3", lambda: it.repeat(1, 2, 3))
show("repeat None", lambda: it.repeat(1, times=None))
show("repeat big", lambda: it.repeat(1, 2**70))
show("acc()", lambda: it.accumulate())
show("acc(1)", lambda: it.accumulate(1))
show("acc 3", lambda: it.accumulate([1], None, None))
show("acc kw", lambda: list(it.accumulate([1], initial=5, func=None)))
show("acc it", lambda: list(it.accumulate(iterable=[1])))
show("tw 1", lambda: it.takewhile(len))
show("tw kw", lambda: it.takewhile(len, [], x=1))
show("tw int", lambda: it.takewhile(len, 1))
show("dw 1", lambda: it.dropwhile(len))
show("dw int", lambda: it.dropwhile(None, 5))
show("dw kw", lambda: it.dropwhile(predicate=len, iterable=[]))
show("reprs", lambda: (repr(it.repeat(1)), repr(it.repeat('a', 3)), repr(it.repeat(1, -3))))
r = it.repeat([1], 2); next(r); print(repr(r), list(r), repr(r))
# accumulate
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)),
      list(it.accumulate([], initial=7)), list(it.accumulate([2, 3], initial=1)), list(it.accumulate(["a", "b", "c"])),
      list(it.accumulate([1, 2, 3], func=max, initial=None)))
try:
    list(it.accumulate([1, "x"]))
except TypeError as e:
    print("TE", e)
# takewhile / dropwhile
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
t = it.takewhile(lambda x: x < 5, iter([1, 7, 2]))
print(list(t), list(t))
def boom(x):
    if x == 3:
        raise ValueError("boom")
    return x < 10
try:
    print(list(it.takewhile(boom, [1, 2, 3, 4])))
except ValueError as e:
    print("VE", e)
try:
    print(list(it.dropwhile(boom, [1, 2, 3, 4])))
except ValueError as e:
    print("VE", e)
print(list(it.dropwhile(lambda x: x, [])), list(it.takewhile(bool, [])))
# groupby
print([(k, list(g)) for k, g in it.groupby("aaabbcdddd")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(it.groupby("aabbb"))
print([(k, list(g)) for k, g in gs])
g = it.groupby("aabbbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(it.groupby([])))
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
print([(k.v, len(list(gg))) for k, gg in it.groupby([K(1), K(1), K(2)])])
def kf(x):
    if x == 3:
        raise KeyError(x)
    return x
try:
    print([(k, list(gg)) for k, gg in it.groupby([1, 1, 2, 3], key=kf)])
except KeyError as e:
    print("KE", e)
print(type(it.groupby("a")).__name__, type(next(it.groupby("a"))[1]).__name__)
# combinations
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations([], 0)),
      list(it.combinations([1, 2], 0)), list(it.combinations([1, 2], 3)), list(it.combinations(range(3), 3)))
c = it.combinations(range(5), 2)
held = [next(c), next(c)]
print(held, list(c))
print(sum(a + b for a, b in it.combinations(range(60), 2)))
# subclassing
class R(it.repeat):
    pass
print(repr(R(2, 2)), list(R(2, 2)))
class G(it.groupby):
    pass
print([(k, list(v)) for k, v in G("xxy")])
print(isinstance(it.repeat(1), it.repeat), it.repeat.__name__, it.groupby.__module__)
print(list(zip(it.repeat(0), "ab")), next(it.dropwhile(lambda x: x < 990, [5, 995, 3]), None))
print(list(it.takewhile(lambda p: p[0] < 5, zip(it.count(), [9, 8, 7, 6, 5, 4, 3]))))
