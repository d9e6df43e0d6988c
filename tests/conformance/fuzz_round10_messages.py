# difffuzz round 10: the messages of the built-in types' own __format__
# ("int.__format__() takes no keyword arguments", object's own), a
# function's __dict__ set to a non-dict or deleted (CPython's getset), and
# list.sort's argument count before its "no positional arguments".
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t('object kw', lambda: object().__format__('', x=1))
t('object none', lambda: object().__format__())
t('int none', lambda: (5).__format__())
t('int kw', lambda: (5).__format__('', x=1))
t('int bad', lambda: (5).__format__(1))
t('str bad', lambda: 'a'.__format__(1))
t('float kw', lambda: (1.5).__format__('', x=1))
t('str kw', lambda: 'a'.__format__('', x=1))
t('bool', lambda: True.__format__('', x=1))
t('str sizeof', lambda: 'a'.__sizeof__(1))
t('int sizeof', lambda: (1).__sizeof__(x=1))


def f():
    return 'f'


t('dict int', lambda: setattr(f, '__dict__', 1))
t('dict del', lambda: delattr(f, '__dict__'))
t('dict set', lambda: setattr(f, '__dict__', {'a': 1}) or (f.a, f.__dict__))
f.b = 2
t('dict after', lambda: sorted(f.__dict__.items()))
t('sort 1', lambda: [].sort(1))
t('sort 1 kw', lambda: [].sort(1, key=None))
t('sort 3', lambda: [].sort(None, None, None))
t('sort 2 2', lambda: [].sort(1, 2, key=None, reverse=True))
t('sort x', lambda: [].sort(x=1))
t('sort 3 kw', lambda: [].sort(key=None, reverse=False, x=1))
t('sort unbound', lambda: list.sort([3, 1], 1, 2, 3, 4))
