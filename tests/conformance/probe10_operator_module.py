import operator as op
class P:
    pass
p = P()
p.a = P()
p.a.b = 5
p.n = "x"
print(op.attrgetter("a.b")(p), op.attrgetter("n", "a.b")(p), op.itemgetter(1)([1, 2]), op.itemgetter(0, -1)("abc"), op.itemgetter(slice(1, 3))("abcd"))
print(op.methodcaller("split", ",")("a,b"), op.methodcaller("replace", "a", "b", 1)("aaa"), op.methodcaller("get", "k", 0)({}))
try:
    op.attrgetter("a.zz")(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    op.attrgetter(5)
except TypeError as e:
    print("TypeError", e)
try:
    op.itemgetter()
except TypeError as e:
    print("TypeError", e)
try:
    op.methodcaller()
except TypeError as e:
    print("TypeError", e)
print(op.add(1, 2), op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.truth([]), op.not_(0))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
print(op.is_(None, None), op.is_not(1, None), op.neg(5), op.pos(-1), op.inv(5), op.invert(0), op.lshift(1, 3), op.floordiv(7, 2), op.truediv(7, 2), op.mod(-7, 3), op.pow(2, 5), op.xor(5, 3))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.iadd([1], [2]), op.imul([0], 3), op.iconcat([1], (2,)), op.index(True))
print(repr(op.attrgetter("a", "b")), repr(op.itemgetter(1, "x")), repr(op.methodcaller("m", 1, k=2)))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.ge(3, 4), op.gt(4, 3), op.abs(-2), op.length_hint([1, 2]))
