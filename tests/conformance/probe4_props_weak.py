import gc
import weakref

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance: %d" % v)
        self._balance = v
    @balance.deleter
    def balance(self):
        print("deleting balance of", self.owner)
        del self._balance
    def __repr__(self):
        return f"Account({self.owner!r}, {getattr(self, '_balance', None)})"
    def __del__(self):
        print("del", self.owner)

a = Account("ann", 10)
print(a, a.balance, Account.count)
a.balance = 25
print(a.balance)
try:
    a.balance = -3
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a)
try:
    a.balance
except AttributeError as e:
    print("AttributeError:", e)
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
print(type(Account.balance).__name__, Account.balance.fget.__name__)
print(Account.balance.__doc__)
p = Account.__dict__['balance']
print(p.fset is not None, p.fdel is not None)
b = Account("bob")
b.partner = a
a.partner = b
del a, b
print("before collect", r() is None)
n = gc.collect()
print("collected", n >= 4, r())
try:
    property().__get__(1)
except AttributeError as e:
    print("AttributeError:", e)
class RO:
    @property
    def x(self):
        return 1
o = RO()
try:
    o.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del o.x
except AttributeError as e:
    print("AttributeError:", e)
print(o.x, vars(o))
