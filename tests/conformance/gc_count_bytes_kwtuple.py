# bytes() and bytearray() with keywords: bytes.__new__ and
# bytearray.__init__ are Argument Clinic parsers of their own in CPython
# 3.11, whose first call with keywords (or too many arguments) builds the
# parser's keyword tuple: one container in gen 0's count, once per
# function.  Found by difffuzz round 8 (the second call counted one less).
import gc


def delta(label, f):
    gc.collect()
    gc.get_count()
    c0 = gc.get_count()[0]
    r = f()
    c1 = gc.get_count()[0]
    r2 = f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1, r == r2)


delta('bytes positional', lambda: bytes('ab', 'ascii'))
delta('bytes encoding=', lambda: bytes('ab', encoding='ascii'))
delta('bytes errors=', lambda: bytes('ab', 'ascii', errors='strict'))
delta('bytearray positional', lambda: bytearray('ab', 'ascii'))
delta('bytearray encoding=', lambda: bytearray('ab', encoding='ascii'))
delta('bytearray source=', lambda: bytearray(source=b'x'))


def keep(label, f):
    gc.collect()
    pad = [[] for i in range(20)]
    c0 = gc.get_count()[0]
    a = f()
    c1 = gc.get_count()[0]
    b = f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1, len(pad), a == b)


keep('bytes again', lambda: bytes('x', encoding='ascii'))
try:
    bytes(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    bytes('a', encoding='ascii', bad=1)
except TypeError as e:
    print(e)
