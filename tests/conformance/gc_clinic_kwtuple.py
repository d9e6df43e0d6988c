# CPython 3.11's Argument Clinic parsers build the tuple of a function's
# keyword names at its first call with keywords (or with a positional
# count out of range) and keep it: one container more in gen 0's count,
# once per function (str.split and bytes.split have parsers of their
# own; sorted() passes its keywords to list.sort's).
import gc


def delta(label, f):
    gc.collect()
    gc.get_count()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    f()
    c2 = gc.get_count()[0]
    print(label, c1 - c0, c2 - c1)


def err(f):
    try:
        f()
    except TypeError as e:
        return e


delta('sum positional', lambda: sum([1], 0))
delta('sum start=', lambda: sum([1], start=0))
delta('round positional', lambda: round(1.5, 0))
delta('round ndigits=', lambda: round(1.5, ndigits=0))
delta('pow mod=', lambda: pow(2, 3, mod=5))
delta('sorted key=', lambda: sorted([1], key=None))
delta('list.sort key= (parser shared with sorted)', lambda: [1].sort(key=None))
delta('int base=', lambda: int('1', base=10))
delta('str.split positional', lambda: 'a b'.split(' '))
delta('str.split sep=', lambda: 'a b'.split(sep=' '))
delta('bytes.split sep=', lambda: b'a b'.split(sep=b' '))
delta('str.rsplit maxsplit=', lambda: 'a b'.rsplit(maxsplit=1))
delta('str.splitlines keepends=', lambda: 'a'.splitlines(keepends=True))
delta('str.expandtabs tabsize=', lambda: 'a'.expandtabs(tabsize=4))
delta('str.encode encoding=', lambda: 'a'.encode(encoding='utf-8'))
delta('bytes.decode errors=', lambda: b'a'.decode(errors='strict'))
delta('bytes.hex sep=', lambda: b'ab'.hex(sep=':'))
delta('int.to_bytes byteorder=', lambda: (1).to_bytes(1, byteorder='big'))
delta('int.from_bytes signed=', lambda: int.from_bytes(b'a', 'big', signed=True))
delta('sum() error', lambda: err(lambda: sum()))
delta('bytearray.splitlines error', lambda: err(lambda: bytearray(b'a').splitlines(1, 2)))
