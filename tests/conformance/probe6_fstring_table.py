# A report table with f-strings: nested widths, alignment, conversions,
# thousands separators, percentages, signs, and format() of objects.

rows = [('widgets', 1234567, 0.1234, -3.5), ('gadgets', 89, 0.5, 12.25),
        ('gizmos', 0, 1.0, 0.0), ('doohickeys', 42000, 0.00049, -0.001)]
w = max(len(r[0]) for r in rows)
print(f"{'name':<{w}} | {'count':>10} | {'share':>7} | {'delta':>8}")
print(f"{'':-<{w}}-+-{'':-^10}-+-{'':->7}-+-{'':->8}")
for name, count, share, delta in rows:
    print(f"{name:<{w}} | {count:>10,} | {share:>7.1%} | {delta:>+8.2f}")
total = sum(r[1] for r in rows)
print(f"{'total':>{w}} | {total:>10_} | {sum(r[2] for r in rows):7.3f} |")
print(f"{total:#x} {total:#o} {total:#b} {total:e} {total:.3E}")
print(f"{3.14159:{'>'}{12}.{3}}|{-0.0:+.1f}|{float('inf'):>6}|{float('nan'):^7}|")
name = 'caf\u00e9'
print(f"{name!r} {name!s} {name!a} {name:*^11} {len(name):03d}")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == '':
            return str(self)
        cur, _, num = spec.partition(':')
        return cur + format(self.cents / 100, num or '.2f')

    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)


m = Money(123456)
print(f"{m} {m:EUR:} {m:GBP:,.1f} {m!s:>12}")
print(format(m, 'X:010.3f'), '{0:Y:}|{0}'.format(m))
try:
    print(f"{5:q}")
except ValueError as e:
    print('ValueError:', e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print('ValueError:', e)
try:
    print(format(object(), 'x'))
except TypeError as e:
    print('TypeError:', e)
print(f"{'{'}{{}}{'}'}", f"{1:{''}}", f"{'abc'[1:]:>{2 + 2}}")
print(f"{12345.678:,.2f} {0.000012345:.3g} {1e16:g} {123456789:.2e} {-7:x}")
