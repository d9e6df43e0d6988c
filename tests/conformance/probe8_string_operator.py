import string, operator
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), len(string.printable), string.ascii_uppercase[:5])
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b-c", "-"), string.capwords(""))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
class Obj:
    def __init__(self):
        self.a = Obj2()
class Obj2:
    b = "deep"
    def greet(self, name, punct="!"):
        return "hi " + name + punct
g = operator.attrgetter("a.b")
print(g(Obj()), operator.attrgetter("a", "a.b")(Obj())[1])
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.itemgetter(slice(1, None))([1, 2, 3]), operator.itemgetter("k")({"k": 9}))
print(operator.methodcaller("greet", "bob", punct="?")(Obj2()), operator.methodcaller("upper")("x"))
print(operator.index(5), operator.length_hint([1, 2]), operator.length_hint([], 7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.concat([1], [2]), operator.is_(None, None), operator.is_not(1, None), operator.truth([]), operator.not_(0), operator.contains("abc", "b"))
print(operator.add(1, 2), operator.neg(3), operator.pos(-3), operator.invert(5), operator.abs(-2), operator.mod(7, 3), operator.pow(2, 10), operator.floordiv(7, 2), operator.truediv(7, 2))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq([1], [1]), operator.ne(1, 1.0), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 3), operator.rshift(8, 1))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.iadd([1], [2]), operator.iconcat([1], (2,)))
for fn, args in [(operator.index, (1.5,)), (operator.concat, (1, 2)), (operator.indexOf, ([1], 5)), (operator.itemgetter(5), ([1],)),
                 (operator.attrgetter("zz"), (1,)), (operator.length_hint, (1, "x")), (operator.attrgetter, (1,))]:
    try:
        print(fn(*args))
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
print(repr(operator.itemgetter(1, "x")), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("m", 1, k=2)))
