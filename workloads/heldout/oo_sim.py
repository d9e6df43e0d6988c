# An object-oriented simulation: a small bank of accounts of several
# kinds (inheritance, super(), properties with setters, class attributes,
# __repr__), driven by a deterministic pseudo-random transaction stream.
import sys


class Account:
    kind = "basic"
    fee = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < -self.overdraft():
            raise ValueError("overdraft")
        self._balance = value

    def overdraft(self):
        return 0

    def deposit(self, amount):
        self.balance = self.balance + amount
        self.history.append(amount)

    def withdraw(self, amount):
        self.balance = self.balance - amount - self.fee
        self.history.append(-amount)

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    kind = "savings"
    rate = 3

    def month_end(self):
        interest = self.balance * self.rate // 1000
        if interest:
            self.deposit(interest)


class Checking(Account):
    kind = "checking"
    fee = 1

    def overdraft(self):
        return 500


class Premium(Checking):
    kind = "premium"
    fee = 0

    def overdraft(self):
        return super().overdraft() * 4

    def withdraw(self, amount):
        super().withdraw(amount)
        self.points = getattr(self, "points", 0) + amount // 100


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % bound


def main(n):
    kinds = (Account, Savings, Checking, Premium)
    accounts = [kinds[i % 4](f"owner{i}", 1000 + i) for i in range(200)]
    rng = Lcg(42)
    refused = 0
    for step in range(n):
        acct = accounts[rng.next(len(accounts))]
        amount = rng.next(900) + 1
        if rng.next(3) == 0:
            acct.deposit(amount)
        else:
            try:
                acct.withdraw(amount)
            except ValueError:
                refused += 1
        if step % 5000 == 4999:
            for a in accounts:
                a.month_end()
            for a in accounts:
                if len(a.history) > 50:
                    a.history = a.history[-10:]
    by_kind = {}
    for a in accounts:
        by_kind[a.kind] = by_kind.get(a.kind, 0) + a.balance
    print("refused", refused)
    for k in sorted(by_kind):
        print(k, by_kind[k])
    print(accounts[3], getattr(accounts[3], "points", None))
    print(max(accounts, key=lambda a: a.balance))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
