import operator

ig = operator.itemgetter(1, 0)
print(ig("ab"), operator.itemgetter(slice(1, None))("abc"), operator.itemgetter("k")({"k": 5}))
print(repr(ig), repr(operator.attrgetter("a.b", "c")), repr(operator.methodcaller("f", 1, k=2)))
class O:
    pass
o = O()
o.a = O()
o.a.b = 3
o.c = 4
print(operator.attrgetter("a.b", "c")(o), operator.attrgetter("c")(o))
try:
    operator.attrgetter("zz")(o)
except AttributeError as e:
    print(e)
try:
    operator.attrgetter(1)
except TypeError as e:
    print(e)
print(operator.methodcaller("split", ",", 1)("a,b,c"), operator.methodcaller("upper")("x"))
try:
    operator.methodcaller()
except TypeError as e:
    print(e)
print(operator.add(1, 2), operator.concat([1], [2]), operator.neg(3), operator.not_(0), operator.truth([]))
print(operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_(None, None))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.getitem(l, -1), operator.length_hint(iter([1, 2])), operator.length_hint(5, 7))
print(operator.index(5), operator.iadd([1], [2]), operator.floordiv(7, 2), operator.truediv(1, 4), operator.mod("%s!", "hi"))
try:
    operator.index(1.5)
except TypeError as e:
    print(e)
print(operator.lt(1, 2), operator.ne("a", "a"), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.inv(5), operator.lshift(1, 4), operator.pow(2, 10))
print(operator.call(len, "abcd") if hasattr(operator, "call") else 4, sorted([(1, "b"), (0, "z")], key=operator.itemgetter(1)))
try:
    operator.length_hint(5, "x")
except TypeError as e:
    print(e)
