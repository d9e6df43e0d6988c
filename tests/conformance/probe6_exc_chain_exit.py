# Exception chains through context managers: __exit__ raising, raise
# from None, suppression, and the chain a caller sees.


class Resource:
    def __init__(self, name, fail_exit=False, suppress=False):
        self.name, self.fail_exit, self.suppress = name, fail_exit, suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, tb is not None)
        if self.fail_exit:
            raise RuntimeError('exit of %s failed' % self.name)
        return self.suppress


def chain(e):
    out = []
    while e is not None:
        out.append('%s(%s)%s' % (type(e).__name__, e, '!' if e.__suppress_context__ else ''))
        e = e.__cause__ or e.__context__
    return ' <- '.join(out)


try:
    with Resource('a', fail_exit=True):
        raise KeyError('inner')
except RuntimeError as e:
    print(chain(e))
with Resource('b', suppress=True) as r:
    1 / 0
print('suppressed', r.name)
try:
    with Resource('outer'), Resource('inner', fail_exit=True):
        raise ValueError('body')
except Exception as e:
    print(chain(e))


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no %r' % k) from None


try:
    lookup({}, 'x')
except LookupError as e:
    print(chain(e), e.__context__ is not None, e.__cause__)


def convert(s):
    try:
        return int(s)
    except ValueError as exc:
        raise TypeError('bad input') from exc


try:
    convert('x1')
except TypeError as e:
    print(chain(e))
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)
try:
    try:
        raise OSError(2, 'missing')
    finally:
        print('finally runs')
except OSError as e:
    print(e.errno, e.strerror, e.args, str(e))
try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    e.__cause__ = None
    print(chain(e), e.__suppress_context__)
try:
    raise ValueError from 3
except TypeError as e:
    print('TypeError:', e)
