# string.Template (escapes, braces, invalid placeholders and their position,
# missing keys, a custom delimiter, 3.11's is_valid/get_identifiers) and
# itertools.groupby's shared iterator.
import string
from string import Template
from itertools import groupby

t = Template("$$ costs $$$amt, ${item}s for $who.")
print(t.substitute(amt=3, item="apple", who="you"))
print(t.substitute({"amt": 1, "item": "pear"}, who="me"))
print(t.substitute({"amt": 1, "item": "pear", "who": "x"}, who="kw wins"))
print(t.safe_substitute(amt=5), t.get_identifiers(), t.is_valid())
for s in ["a $ b", "x\n  y $", "$1", "line1\nline2 ${bad", "ok $ok\n\n${", "${}", "$", "\n$-"]:
    tt = Template(s)
    try:
        tt.substitute(ok=1)
    except ValueError as e:
        print(repr(s), "ValueError:", e, tt.is_valid(), repr(tt.safe_substitute()))
try:
    t.substitute(amt=1, item=2)
except KeyError as e:
    print("KeyError:", e)
try:
    Template("${x}").substitute({})
except KeyError as e:
    print("KeyError:", e)
print(Template("$a$b${a}$_x9 $é").safe_substitute(a=[1], _x9=None))
for v in (b"$a", 5):
    try:
        Template(v).safe_substitute()
    except TypeError as e:
        print("TypeError:", e)
try:
    t.substitute({}, {})
except TypeError as e:
    print("TypeError:", e)
print(Template("$A ${B} $a").get_identifiers(), Template("$Abc_1z").substitute(Abc_1z="up"))


class Pct(Template):
    delimiter = "%"
print(Pct("%x is %% of %{y}, $x").substitute(x=10, y="z"), Pct.delimiter, Template.delimiter)
print(Template.idpattern, Template.braceidpattern, t.template)

data = [("a", 1), ("a", 2), ("b", 3), ("b", 4), ("a", 5)]
groups = []
for k, g in groupby(data, key=lambda p: p[0]):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])
g = groupby("aabbbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), next(g2))
k3, g3 = next(g)
print(k3, list(g2), list(g3), list(g), list(g3))
seen = []
def key(x):
    seen.append(x)
    return x % 2
g = groupby([1, 3, 2, 4, 5], key)
k, grp = next(g)
print(k, seen)
print(next(g)[0], seen, list(grp))
print([(k, len(list(v))) for k, v in groupby([1.0, 1, True, 2, 2.0])])
print(type(next(groupby("x"))[1]).__name__, list(groupby([], key)))
