# Found by difffuzz round 6: float() of bytes and bytearray parses them as
# ASCII text; the ValueError shows the object itself.
for v in [b'1.5', bytearray(b' 2e3 '), b'inf', b'-nan', b'1_000.5', b'  7  ']:
    print(repr(v), float(v))
for v in [b'by', b'', bytearray(b'x'), b'1__0', b'\xff']:
    try:
        float(v)
    except ValueError as e:
        print('ValueError:', e)
try:
    v = b'by'
    print(float(v) is v)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
