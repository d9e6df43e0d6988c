class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v
    def withdraw(self, amt):
        if amt > self._balance:
            raise InsufficientFunds(amt, self._balance)
        self.balance -= amt
        self.history.append(("w", amt))
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("d", amt))
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:.2f}"

a = Account("ann", 100)
b = Account("bob")
a.withdraw(30)
b.deposit(30)
print(a, b, sep=" / ")
print([a, b])
try:
    b.withdraw(1000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.args, e.needed, e.available)
try:
    a.balance = -5
except ValueError as e:
    print(repr(e))
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
print(a.history, b.history)
print(Account.balance.__doc__, type(Account.balance).__name__)
print(vars(a).keys())
accounts = {acc.id: acc for acc in (a, b)}
print(sorted(accounts.items(), key=lambda kv: kv[1].balance))
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))
s = Savings("cy", 1000)
s.add_interest()
print(s, s.history, isinstance(s, Account), Savings.__mro__)
print(Savings.__name__, Savings.__qualname__, Savings.add_interest.__qualname__)
