class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, acct, amount):
        super().__init__("insufficient funds in %s for %.2f" % (acct.owner, amount))
        self.acct = acct
        self.amount = amount
class Frozen(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.frozen = owner, balance, False
    def withdraw(self, amount):
        if self.frozen:
            raise Frozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive, got %r" % amount)
        self.balance += amount
    def __repr__(self):
        return "<%s: %.2f>" % (self.owner, self.balance)

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError("transfer %s->%s failed" % (src.owner, dst.owner)) from e
    try:
        dst.deposit(amount)
    except ValueError:
        src.balance += amount
        raise
    else:
        return "ok"
    finally:
        print("audit", src, dst)

a, b = Account("ann", 100), Account("bob", 5)
print(transfer(a, b, 30))
try:
    transfer(b, a, 500)
except BankError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, e.__cause__.amount)
try:
    transfer(a, b, -1)
except ValueError as e:
    print("ValueError:", e, e.__context__)
except BankError:
    print("wrong handler")
b.frozen = True
for exc_type in (Frozen, BankError, Exception):
    try:
        b.withdraw(1)
    except exc_type as e:
        print("caught as", exc_type.__name__, repr(e), e.args)
print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1:3], InsufficientFunds.__bases__)
errors = []
for amt in [10, "x", None, 1e9]:
    try:
        a.deposit(amt) if amt != 1e9 else a.withdraw(amt)
    except (TypeError, ValueError) as e:
        errors.append((type(e).__name__, str(e)))
    except BankError as e:
        errors.append(("Bank", str(e)))
for err in errors:
    print(err)
print(a, b)
