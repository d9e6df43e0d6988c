# Hand-written context managers: timers, transactions, nested with,
# __enter__ failures, exceptions in __exit__, reuse, generator-based.


class Transaction:
    depth = 0

    def __init__(self, store):
        self.store = store

    def __enter__(self):
        Transaction.depth += 1
        self.snapshot = dict(self.store)
        print('  begin', Transaction.depth)
        return self.store

    def __exit__(self, et, ev, tb):
        Transaction.depth -= 1
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('  rollback', et.__name__, ev)
            return issubclass(et, KeyError)
        print('  commit', sorted(self.store.items()))
        return False


db = {'a': 1}
with Transaction(db) as s:
    s['b'] = 2
with Transaction(db) as s:
    s['c'] = 3
    raise KeyError('c')
print(db)
try:
    with Transaction(db) as s:
        s['d'] = 4
        with Transaction(db) as s2:
            s2['e'] = 5
        raise ValueError('outer fails')
except ValueError as e:
    print('escaped:', e)
print(db, Transaction.depth)


class FailEnter:
    def __enter__(self):
        raise RuntimeError('cannot enter')

    def __exit__(self, *a):
        print('never called')


try:
    with Transaction(db), FailEnter():
        print('body')
except RuntimeError as e:
    print('RuntimeError:', e, Transaction.depth)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ':', e)


def managed(log):
    class CM:
        def __enter__(self):
            log.append('enter')
            return len(log)

        def __exit__(self, *exc):
            log.append('exit %s' % (exc[0].__name__ if exc[0] else 'ok'))
    return CM()


log = []
for i in range(3):
    try:
        with managed(log) as n:
            if i == 1:
                continue
            if i == 2:
                break
            log.append('body %d' % n)
    finally:
        log.append('finally %d' % i)
print(log)


def f():
    with managed(log):
        return 'returned'


log.clear()
print(f(), log)
