class P:
    x = 5
    lst = [10, 20]
    d = {"k": "v"}
print("{0.x} {0.lst[1]} {0.d[k]} {1[0]}".format(P(), (7,)))
print("{} {} {}".format(1, 2, 3), "{1}{0}{1}".format("a", "b"), "{a}{b}".format(a=1, b=2), "{0!r:^7}|".format("s"))
print("{:{}{}}".format(42, ">", 6), "{:*^{w}}".format("mid", w=9), "{0:{1}}".format(3.14159, ".3"))
for tpl, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1,), {}), ("{2}", (1,), {}),
                      ("{a}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{!x}", (1,), {}), ("{0:d}", ("s",), {}),
                      ("{0[a]}", ({"a": 1},), {}), ("{0[0]}", ({},), {}), ("{:>{}}", ("x",), {}), ("{0!}", (1,), {})]:
    try:
        print(repr(tpl), tpl.format(*args, **kw))
    except Exception as e:
        print(repr(tpl), type(e).__name__, e)
print("{{}} {{{0}}}".format(1), "{0:%}".format(0.25), "{:_}".format(10 ** 7), "{:#b}".format(5), "{!a}".format("ñ"))
print(format(3.5, ""), format("ab", "<4") + "|", format(None), format([1], ""))
try:
    format([1], "x")
except TypeError as e:
    print("TypeError", e)
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%s" % ((1, 2),), "%s %s" % (1, 2), "%r" % [1], "%5.1f|%-8s|" % (2.25, "x"))
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError", e)
