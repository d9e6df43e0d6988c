# str() and repr() of exception instances, error messages of built-in failures
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e), str(e))
show(lambda: 1 / 0)
show(lambda: [1][3])
show(lambda: (1,)[3])
show(lambda: "ab"[9])
show(lambda: {}["key"])
show(lambda: {}[1])
show(lambda: None.attr)
show(lambda: undefined_name)
show(lambda: int("x"))
show(lambda: len(5))
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [] + ())
none = None
show(lambda: none())
show(lambda: (1).foo)
show(lambda: hash([]))
five = 5
show(lambda: five[0])
show(lambda: -"x")
