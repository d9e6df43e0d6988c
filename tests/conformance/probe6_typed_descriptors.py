# Validating descriptors with __set_name__, class access, deletion,
# and a non-data descriptor shadowed by the instance dict.


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = '_' + name
        owner.fields = getattr(owner, 'fields', ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        if not hasattr(obj, self.slot):
            raise AttributeError(self.name)
        delattr(obj, self.slot)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Account:
    owner = Typed(str, 'nobody')
    balance = Typed(int, 0)

    def __init__(self, owner):
        self.owner = owner

    @Lazy
    def report(self):
        print('  computing report')
        return '%s: %d' % (self.owner, self.balance)


print(Account.fields, type(Account.owner).__name__, Account.balance.slot)
a = Account('ann')
print(a.owner, a.balance, sorted(vars(a)))
a.balance = 50
print(a.report)
print(a.report)
a.balance = 70
print(a.report, sorted(vars(a)))
del a.report
print(a.report)
for bad in [('balance', 1.5), ('owner', None), ('balance', True)]:
    try:
        setattr(a, *bad)
        print('set', bad, getattr(a, bad[0]))
    except TypeError as e:
        print('TypeError:', e)
del a.balance
print(a.balance)
try:
    del a.balance
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(Account.__dict__['report'], Lazy), 'report' in Account.__dict__)
