def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(b'%d %i %u' % (5, -3, 7), b'%5d|%-5d|%05d' % (42, 42, 42), b'%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print(b'%s and %b' % (b'abc', bytearray(b'xy')), b'%r %a' % ('h\xe9', b'q'), b'%c%c' % (65, b'B'))
print(b'%.2f %e %g %10.3f' % (3.14159, 12345.678, 0.0001, -2.5), b'%%', b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'xyz'))
print(b'%(a)s-%(b)d' % {b'a': b'x', b'b': 3}, bytearray(b'%d') % 7, type(bytearray(b'%d') % 7).__name__)
print(b'%s' % memoryview(b'mv') if False else b'', b'%d' % 2**100, b'%x' % -2**70, b'%+d % d' % (5, 5), b'%*d' % (6, 1), b'%.*s' % (2, b'hello'))
class B:
    def __bytes__(self):
        return b'custom'
print(b'%s' % B(), b'%b' % B(), b'%r' % B() != b'', b'%s' % (b'single',), b'%s' % b'direct')
err(lambda: b'%s' % 'str')
err(lambda: b'%s' % 5)
err(lambda: b'%c' % 256)
err(lambda: b'%c' % 'a')
err(lambda: b'%c' % b'ab')
err(lambda: b'%d' % b'1')
err(lambda: b'%d %d' % (1,))
err(lambda: b'%d' % (1, 2))
err(lambda: b'%z' % 1)
err(lambda: b'%(a' % {b'a': 1})
err(lambda: b'%(a)s' % (1,))
err(lambda: b'%' % ())
print('%a' % 'h\xe9', '%5a|' % 'x')
