def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for T in (bytes, bytearray):
    b = T(range(1, 8))
    print(b.hex(), b.hex(':'), b.hex(b'-'), b.hex(' ', 2), b.hex(' ', -2), b.hex(':', 3), b.hex(':', -3), b.hex(':', 0), b.hex(':', 7), b.hex(':', 10), b.hex(sep='.', bytes_per_sep=4))
    print(T().hex(':'), T(b'\xff').hex(':', 2), T(b'\xab\xcd').hex(':', -1))
    err(lambda: b.hex('::'))
    err(lambda: b.hex(''))
    err(lambda: b.hex(5))
    err(lambda: b.hex('\xe9'))
    err(lambda: b.hex(':', 'x'))
    err(lambda: b.hex([1]))
