class I(int):
    pass
for x in (0, 1, -1, 5, 255, 256, -129, 2**63 - 1, 2**63, -2**63, 2**100 + 12345, -3**80, True, False, I(7), I(-2**90)):
    print(x.real, type(x.real).__name__, x.imag, x.numerator, type(x.numerator).__name__, x.denominator,
          x.conjugate(), type(x.conjugate()).__name__, x.as_integer_ratio(), x.bit_length(), x.bit_count())
for x in (0, 1, 127, 128, 255, 256, -1, -128, -129, -256, 65535, 2**64 - 1, 2**64, -2**63, 2**100, -2**100, -2**100 - 1):
    for n in (0, 1, 2, 8, 9, 13, 14):
        for sg in (False, True):
            try:
                r = x.to_bytes(n, 'big', signed=sg), x.to_bytes(n, byteorder='little', signed=sg)
            except OverflowError as e:
                r = 'OverflowError', str(e)
            print(x, n, sg, r)
print((5).to_bytes(), (5).to_bytes(2), (1025).to_bytes(length=3), True.to_bytes(2, 'little'))
for b in (b'', b'\x00', b'\x01', b'\xff', b'\x80', b'\x7f\xff', b'\xff\xff', b'\x00\x80', bytes(range(1, 20)), b'\xff' * 17, b'\x80' + b'\x00' * 16):
    for sg in (False, True):
        print(b, sg, int.from_bytes(b, 'big', signed=sg), int.from_bytes(b, 'little', signed=sg), int.from_bytes(b, signed=sg))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255, 0), 'little'), int.from_bytes(bytearray(b'\x01\x00'), 'big'))
print(bool.from_bytes(b'\x00', 'big'), bool.from_bytes(b'\x02', 'big'), type(I.from_bytes(b'\x05', 'big')).__name__, I.from_bytes(b'\xff' * 20, 'big'))
print(int.from_bytes(iter([7, 8]), 'big'), int.from_bytes(b'\x01\x02', byteorder='little'))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: (256).to_bytes(1, 'big'))
err(lambda: (-1).to_bytes(1, 'big'))
err(lambda: (-1).to_bytes(2, 'middle'))
err(lambda: (1).to_bytes(-1, 'big'))
err(lambda: (1).to_bytes(1, 5))
err(lambda: (1).to_bytes(2**70, 'big'))
err(lambda: (1).to_bytes('a', 'big'))
err(lambda: int.from_bytes(b'\x01', 'lit'))
err(lambda: int.from_bytes(5, 'big'))
err(lambda: int.from_bytes('ab', 'big'))
err(lambda: int.from_bytes([256], 'big'))
err(lambda: (1).bit_length(1))
err(lambda: (2**100).to_bytes(12, 'big'))
err(lambda: (1).to_bytes(x=1))
err(lambda: (1).to_bytes(1, length=1))
err(lambda: (1).to_bytes(1, 'big', True))
err(lambda: int.from_bytes(b'', 'big', signed=True, x=2))
print((-1).to_bytes(2, 'big', signed=1), int.from_bytes(bytes=b'\xff', byteorder='little', signed=[1]))
