# Container operations and the errors of misused builtins (part 4)
# Each line prints one expression's repr, or the exception it raises.
def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: ("{a}".format(b=1)))
show(1, lambda: ("{:>}".format()))
show(2, lambda: ("a".encode("nope")))
show(3, lambda: (b"a".decode("utf-99")))
show(4, lambda: (list(zip([1], 2))))
show(5, lambda: (list(map(None, [1]))))
show(6, lambda: (list(enumerate(5))))
show(7, lambda: (sorted(5)))
show(8, lambda: (reversed(5)))
show(9, lambda: (reversed({1, 2})))
show(10, lambda: (iter([]).__next__()))
