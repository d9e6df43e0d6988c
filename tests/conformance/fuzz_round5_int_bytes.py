# difffuzz round 5: int() of bytes and bytearray, with and without a base (seed 50600486)
for a in [(b"12",), (b" -7 ",), (bytearray(b"x1"),), (b"ff", 16), (b"0x1f", 0), (b"by",), (bytearray(b"99"), 8)]:
    try:
        print(int(*a))
    except ValueError as e:
        print("ValueError", e)
