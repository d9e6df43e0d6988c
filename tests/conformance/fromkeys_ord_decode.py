# dict.fromkeys (dict and subclasses), ord() of bytes, str(bytes, encoding[, errors])
class D(dict):
    def __init__(self):
        print('D()')
print(dict.fromkeys([1, 2]), dict.fromkeys('ab', 0), {}.fromkeys((3,), []), D.fromkeys([5], 1), type(D.fromkeys([])))
import collections
print(collections.OrderedDict.fromkeys('xy'), collections.Counter.fromkeys if False else 0)
for bad in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: dict.fromkeys([1], 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(ord(b'a'), ord(bytearray(b'z')), str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'x'), 'ascii'), str(b'\xff', 'utf-8', 'replace'))
for bad in [lambda: ord(b'ab'), lambda: ord(1.5), lambda: str('a', 'ascii'), lambda: str(1, 'ascii')]:
    try:
        bad()
    except TypeError as e:
        print(e)
