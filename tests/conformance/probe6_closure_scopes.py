# Closures: late binding in loops, default-argument capture, nonlocal
# counters, cells shared between sibling closures, __closure__.


def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs


def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]


print([f(10) for f in make_adders()])
print([f(10) for f in make_adders_bound()])


def account(balance=0):
    history = []

    def deposit(n):
        nonlocal balance
        balance += n
        history.append(('+', n))
        return balance

    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient funds: %d < %d' % (balance, n))
        balance -= n
        history.append(('-', n))
        return balance

    def state():
        return balance, list(history)

    return deposit, withdraw, state


dep, wd, st = account(5)
print(dep(10), wd(3))
try:
    wd(100)
except ValueError as e:
    print('ValueError:', e)
print(st())
print(len(dep.__closure__), [type(c).__name__ for c in dep.__closure__])
print(dep.__code__.co_freevars, st.__code__.co_freevars)
shared = [c for c in dep.__closure__ if c in wd.__closure__]
print(len(shared), shared[0].cell_contents if isinstance(shared[0].cell_contents, int) else 'list')


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    inc.reset = lambda: 0
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__closure__[0].cell_contents)


def outer():
    x = 'outer'

    def mid():
        def inner():
            return x
        return inner
    x = 'rebound'
    return mid()()


print(outer())


def broken():
    def use():
        return y
    try:
        use()
    except NameError as e:
        print('NameError:', e)
    y = 1
    return use()


print(broken())
