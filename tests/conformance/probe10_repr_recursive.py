l = [1]
l.append(l)
print(l, repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = [1]; b = [a]; a.append(b)
print(a, b)
s = {1: [2]}
s[1].append(s)
print(s)
class R:
    def __repr__(self):
        return "R(" + repr(self.x) + ")"
r = R()
r.x = [r] if False else [1]
print(r, [r], {r: r} if False else (r,))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    print([Bad()])
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class Raise:
    def __repr__(self):
        raise ValueError("repr boom")
try:
    print([1, Raise()])
except ValueError as e:
    print("ValueError", e)
import collections
od = collections.OrderedDict(a=1)
od["me"] = od
print(od)
dq = collections.deque([1])
dq.append(dq)
print(dq)
