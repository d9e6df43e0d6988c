# The order of a code object's cells and free variables is CPython 3.11's:
# cells that are parameters in parameter order, then the other cells by
# name; free variables by name.  It shows in co_cellvars/co_freevars, in
# __closure__ (and so gc.get_referents of the closure tuple) and in the
# order of a closure's locals().
import gc


def outer(b, a, *rest, c=3, **kw):
    zeta = 1
    x = [a]
    alpha = "al"

    def inner():
        print(sorted(locals()) == list(locals()), list(locals()))
        return x, a, zeta, b, alpha, rest, kw

    def other():
        return c, zeta

    return inner, other


inner, other = outer(1, 2, 9, k=0)
print(outer.__code__.co_cellvars, outer.__code__.co_varnames)
print(inner.__code__.co_freevars, other.__code__.co_freevars)
print([cell.cell_contents for cell in inner.__closure__])
print([type(r).__name__ for r in gc.get_referents(inner.__closure__)])
inner()


class A:
    def f(self):
        return __class__

    def g(self, q):
        y = 1

        def h():
            return y, self, __class__, q

        return h


print(A.f.__code__.co_freevars, A.g.__code__.co_cellvars, A().g(5).__code__.co_freevars)
print([type(c.cell_contents).__name__ for c in A().g(5).__closure__])


def make_adders():
    adders = []
    for i in range(3):
        def add(n, i=i, base=10):
            total = n + i + base

            def show():
                return total, n, i, base

            return show
        adders.append(add)
    return adders


s = make_adders()[2](5)
print(s.__code__.co_freevars, [c.cell_contents for c in s.__closure__])
