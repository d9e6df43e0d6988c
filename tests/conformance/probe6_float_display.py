# Float rendering a plotting script relies on: repr, str, %-formats,
# format specs, hex, ratios, rounding.
vals = [0.1, 1 / 3, 2 / 3, 1e16, 1.5e-7, 123456789.0, 1e22, 1e-5, 0.0001, -0.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), '%g' % v, '%.3e' % v, '{:.4}'.format(v), f'{v:.2f}'[:20])
print(3.0, 3.0 * 1e15, 3.0 * 1e16, 2.5e-5, float('1e500'), -float('inf'), float('-nan'))
print((0.1).hex(), float.fromhex('0x1.8p1'), (1.0).hex(), float.fromhex('-0x1p-2'), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), float('  3.25 '), float('1_0.5'), float('-iNF'), float('nan') != float('nan'))
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-0.5), round(1.23456e10, -8), round(7.0), type(round(7.0, 0)).__name__)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300, 2 ** 0.5, 10 / 4, 10 // 4.0, -7 // 2.0, -7 % 2.5, 7.5 % -2)
print('%5.1f|%-8.3f|%08.2f|%+.0f|%.0f|%#.0f|%e|%G' % (3.14159, 2.5, -1.5, 2.5, 3.5, 4.0, 12345.678, 1e-10))
print(f'{1234.5:g} {0.00001234:g} {1e100:.3g} {100.0:.0e} {0.5:%} {1.0:.1%} {-1e-7:f}')
print(int(2.999), int(-2.999), float(7), 7 / 7, 1.0 == 1, hash(1.0) == hash(1), hash(0.5))
print(max(0.1, 0.1000001), min([2.0, 1, 1.5]), sum([0.5, 0.25], 0.125), abs(-0.0), -(0.0))
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError:', e)
