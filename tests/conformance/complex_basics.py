# complex numbers: constructors, literals (folded as CPython folds them),
# repr/str, arithmetic with int/float/complex, errors, hash, format specs
import math

lst = [1]

vals = [complex(), complex(1), complex(1, 2), complex(1.5, -2.25), complex(-0.0, -1), complex(0.0, -0.0),
        complex("1+2j"), complex(" ( -3.5e2-4J ) "), complex("j"), complex("-j"), complex("1_000+2_0j"),
        complex("inf-nanj"), complex("NaN"), complex(real=2), complex(imag=3), complex(2, 3j), complex(2j, 3j),
        complex(1e16, 1e-5), complex(123456789012345678, 0.1), 3 + 4j, 1j, -1j, 0j, -0j, 2.5e-3j, 1e300j * 1e10,
        complex(float("inf"), float("nan")), complex(-1.0, 0), complex(True, False)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, type(v).__name__)
print(complex(1, 2) is complex(1, 2), complex(5j) is complex(5j))
z = 5j
print(complex(z) is z)
for bad in ["", "1+", "j1", "1+2", "(1+2j", "1+2j)", "1 + 2j", "1__0", "_1", "1j+2", "jj", "++1j", "nanjj", "0x10"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
for args in [("1", 2), (1, "2"), ([],), (None,), (b"1",), (1, None), ({}, 1)]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, "TypeError", e)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), b.conjugate())
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 2.0 / a, True + a)
print(a ** 2, a ** -2, a ** 0, a ** 0.5, 2 ** a, a ** b, 1j ** 2, (-1) ** 0.5, (-8.0) ** (1 / 3), 0j ** 0)
print((1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** -101, (2 + 0j) ** 0.5, 1j ** 1j)
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
for f in [lambda: a / 0, lambda: a / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a // 2,
          lambda: a % 2, lambda: divmod(a, 2), lambda: a < b, lambda: int(a), lambda: float(a), lambda: round(a),
          lambda: pow(a, 2, 3), lambda: (1e200 + 1e200j) ** 2, lambda: abs(complex(1e308, 1e308)),
          lambda: 10j ** 1000, lambda: math.sqrt(1j), lambda: a + "x", lambda: lst[1j], lambda: 1j & 1, lambda: ~1j,
          lambda: complex(10 ** 400), lambda: (1 + 0j) + 10 ** 400]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3, 3 == (3 + 0j), (3 + 0j) == 3.0, 1j == 1, 0j == False, a == "x")
print((2 ** 53 + 1) == complex(2 ** 53 + 1), complex(2 ** 53) == 2 ** 53)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j), hash(3 + 4j), hash(-1 - 1j), hash(1j), hash(complex(-1, 0)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), isinstance(1j, complex), isinstance(1, complex), complex.__name__)
print(sum([1j, 2, 3.5]), [1j] * 2, {1j: "a"}[1j], 1j in [1j], (1j).real, (1j).imag, (2).real, (2.5).imag)
print((1 + 2j).__getnewargs__(), (3j).__complex__() if hasattr(3j, "__complex__") else None)
print(format(a), format(a, ""), format(1.5j), format(a, ">20"), format(a, "<20"), format(a, "^20"), format(a, "*^20"))
print(format(a, ".2f"), format(a, "e"), format(a, "+.3g"), format(b, ".1f"), format(a, "10.1f"), format(1j, ".3"))
print(format(complex(1, -0.0), ""), format(-0j, ""), format(complex(1.5, 2.5), "g"), format(complex(1e20, 1e-20), ""))
print(f"{a}|{a!r}|{a:.3}|{1+2j:+}|{-1j: }|{complex(0.1, 0.2):.1e}|{complex(1234.5, 6):,.1f}|{a:#g}")
for spec in ["05", "=10", "%", "d", "c", "s", "010.2f"]:
    try:
        print(format(a, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
print("%s %r" % (a, b), str(1e-7j), repr(1e22j), repr(complex(1e22, 1)), repr(complex(0.1, 1e-10)))
# constants the compiler folds
def consts():
    return 1 + 2j, 2j * 3, -1j, (1j, 2j), 1 - 1j
print(consts(), [c for c in consts.__code__.co_consts if isinstance(c, (complex, tuple))])


class C(complex):
    pass


c = C(1, 2)
print(c, type(c).__name__, type(c + 1).__name__, isinstance(c, complex), C("3j"))
c.note = "n"
print(c.note, c.__dict__, c == 1 + 2j, hash(c) == hash(1 + 2j), C(5j).conjugate(), -C(1, 1), abs(C(3, 4)))
