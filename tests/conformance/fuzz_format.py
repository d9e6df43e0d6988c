# format specs: differences scripts/difffuzz.py found (first 10-minute run), minimised
import gc
import weakref
log = []
def show(*a):
    print(*a)
# difffuzz seed 1002
try:
    show(f'{2: 06,}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1009
try:
    show(format(2.5, '0=+_b'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1016
try:
    show(f'{-2:+8_.6n}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1031
try:
    show(f'{-2:-10.3z}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1060
try:
    show(f'{2:#6c}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1124
try:
    show(format('ab', '*^8,.4'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1139
try:
    show(format(2.5, '*^0c'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1144
try:
    show(format(-0.0, '7b'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1145
try:
    show(format(3.0, '04_.1s'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1170
try:
    show(f'{3.0:.0d}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1183
try:
    show(format(1e-5, '#'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1187
try:
    show(f'{-7.5:>o}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1205
try:
    show(f'{1:1.1s}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1206
try:
    show(f'{1e300: #}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1261
try:
    show(f'{-7.5:<2.7s}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1262
try:
    show(format(123.456, 's'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1268
try:
    show(f'{255:<+06}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1278
try:
    show(f'{1e300:<+02.1s}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1313
try:
    show(format(' x ', ',.4o'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1322
try:
    show(format(-0.0, '+,z'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1342
try:
    show(format(123.456, '3_o'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1345
try:
    show(format('a', '-#3'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1361
try:
    show(format('  ', '#'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1365
try:
    show(format(1e300, '+10.4b'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1431
try:
    show(format(1e-5, '*>07.6d'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1463
try:
    show(f'{-0.0:0_.4d}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1465
try:
    show(format(3.0, ' _X'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1491
try:
    show(format('a', '#0,'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1513
try:
    show(format('aaa', '+09'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1514
try:
    show(format(3.0, '=+0,.4c'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1525
try:
    show(format((-2.25 ** 0), '-11_.0'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1528
try:
    show(format('xx yy', '#.3'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1599
try:
    show(f'{2147483648:-#7_.1s}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1600
try:
    show(format('A1', '=-4'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1618
try:
    show(f'{-0.0:0= 10s}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1625
try:
    show(format('abc', '0,.7'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1640
try:
    show(format(' x ', ' '))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1668
try:
    show(f'{-7.5:2,.7x}')
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1672
try:
    show(format((-17 % 1e300), '10.0s'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1688
try:
    show(format(1e-5, '0,.7x'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1717
try:
    show(format('\t', '0=#'))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1738
try:
    show(format(1e-5, '>#0z'))
except Exception as e:
    show('E', type(e).__name__, e)
