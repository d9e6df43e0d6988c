# Probing program (issue 13, round 3): evaluation order of operands, arguments, displays, assignments
def t(x):
    print("eval", x)
    return x
print(t(1) + t(2) * t(3))
print(t("f")(t("a")) if False else "skip")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d)
l = [t(1), *[t(2), t(3)], t(4)]
s = t(1) < t(2) < t(3)
x = [0, 0, 0]
x[t(0)] = t("rhs")
print(x)
a = b = t("chain")
class O:
    def __repr__(self):
        return 'O()'
o = O()
t(o).attr = t(5)
print(o.attr)
def f(a, b, c=None, **kw):
    return (a, b, c, sorted(kw))
print(f(t(1), c=t(3), b=t(2), z=t(4)))
print(f(*[t("s1")], **{"b": t("s2")}))
q = [1, 2]
i = 0
i, q[i] = 1, "set"
print(i, q)
y = {}
y[t("k")] = y.get(t("g"), t("default"))
print(y)
print(t(0) or t("") or t("last"), t(1) and t(0) and t("never"))
print(t(True) if t("cond") else t(False))
z = [t(i) for i in range(2)]
w = (t("tuple1"), t("tuple2"))
n = 5
n += t(1)
lst = [10, 20]
lst[t(0)] += t(5)
print(lst)
def g():
    return t("ret")
r = g()
print(r, {t("set1"), t("set2")} == {"set1", "set2"})
print(f"{t('fs1')}{t('fs2')}")
print(t("a").join([t("b"), t("c")]))
