# bool is an int subtype; and/or return operands; not
print(True + True, True * 3, False - 1)
print(True == 1, False == 0, True is True)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and 5)
print(not 0, not 1, not "", not "a", not [], not [0], not None)
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool({}), bool(()), bool(None))
print(bool(0.0), bool(-1), bool(range(0)), bool(range(2)))
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(str(True), repr(False), int(True))
