# A small bank ledger with custom exceptions, chained errors and a report.
class LedgerError(Exception):
    pass

class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f"{account.name}: needs {needed:.2f}")
        self.account = account
        self.needed = needed

class Account:
    _next = 1000
    def __init__(self, name, balance=0.0):
        self.name = name
        self.balance = balance
        self.number = Account._next
        Account._next += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive, got %r" % (amount,))
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance:,.2f}, #{self.number})"

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, name, initial=0.0):
        acct = Account(name, initial)
        self.accounts[name] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise LedgerError("no account %s" % e) from e
        self.accounts[dst].deposit(amount)

bank = Bank()
bank.open("alice", 1500.5)
bank.open("bob", 20)
bank.open("carol")
ops = [("alice", "bob", 300), ("bob", "carol", 1000), ("dave", "alice", 5),
       ("carol", "alice", 0), ("alice", "carol", 1200.25)]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", round(e.needed, 2), type(e).__mro__[1].__name__)
    except LedgerError as e:
        print("ledger:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
    except ValueError as e:
        print("value:", e.args)
for name in sorted(bank.accounts):
    a = bank.accounts[name]
    print(repr(a), a.history)
total = sum(a.balance for a in bank.accounts.values())
print(f"total={total:>12,.3f}|{total:e}|{total:g}")
print("%-8s|%8.1f|%08.2f" % ("sum", total, total))
