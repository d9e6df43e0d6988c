# str.format field access, format() of objects, __format__ errors
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = {'k': 'v', 1: 'one'}
        self.items = [10, 20, 30]

p = Pt(3, 4)
print('{0.x},{0.y}'.format(p), '{p.tags[k]} {p.items[2]}'.format(p=p), '{0.tags[1]}'.format(p))
print('{0[0]}{0[2]}'.format('abc'), '{d[a]}'.format(d={'a': 'A'}), '{0!r:>8}'.format('s'))
for fmt in ('{0.z}', '{0[5]}', '{0.items[9]}', '{', '}', '{0:{1}}', '{0!x}', '{0.}', '{0[}'):
    try:
        print(repr(fmt), repr(fmt.format(p, 5)))
    except (AttributeError, IndexError, ValueError, KeyError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
class Plain:
    pass
p0 = Plain()
print(format(p0, '') == str(p0))
try:
    format(Plain(), '>10')
except TypeError as e:
    print("TypeError", e)
try:
    f"{Plain():x}"
except TypeError as e:
    print("TypeError", e)
class BadFmt:
    def __format__(self, spec):
        return 42
try:
    format(BadFmt(), '')
except TypeError as e:
    print("TypeError", e)
try:
    format(0x110000, 'c')
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
try:
    format(-1, 'c')
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
print(format(1.5, 'n'), format(1234567, 'n'), format(True, '>5'), format(None, ''))
try:
    format(3, '.2')
except ValueError as e:
    print("ValueError", e)
try:
    format(None, '>5')
except TypeError as e:
    print("TypeError", e)
try:
    format('x', 5)
except TypeError as e:
    print("TypeError", e)
print('{:{}{}}'.format(7, '>', 4), '{0:{fill}^{w}}'.format('m', fill='-', w=7))
print('{!s}'.format(Pt(1, 2).items), '{0}{0}'.format(None), '{}'.format(b'x'))
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    '{}{0}'.format(1, 2)
except ValueError as e:
    print("ValueError", e)
print('{0:%}'.format(0.25), '{:e}'.format(0), '{:g}'.format(100000000), '{:,.2f}'.format(-1234.5))
