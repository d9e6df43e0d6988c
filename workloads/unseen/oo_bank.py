# An object-oriented simulation: accounts of several kinds with
# inheritance, properties, class attributes, super() and polymorphic
# methods, driven by a stream of transactions.
import sys


class InsufficientFunds(Exception):
    pass


class Account:
    count = 0
    fee = 0

    def __init__(self, owner, balance=0):
        Account.count += 1
        self.number = Account.count
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self.history.append(value - self._balance)
        if len(self.history) > 8:
            del self.history[0]
        self._balance = value

    def deposit(self, amount):
        self.balance = self.balance + amount

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.limit():
            raise InsufficientFunds(self.number)
        self.balance = self.balance - total

    def limit(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self._balance})"


class Checking(Account):
    fee = 1

    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self._balance + self.overdraft


class Savings(Account):
    rate = 2

    def month_end(self):
        self.deposit(self._balance * self.rate // 1000)


class Premium(Checking):
    fee = 0

    def month_end(self):
        super().month_end()
        if self._balance > 5000:
            self.deposit(5)

    @property
    def tier(self):
        return "gold" if self._balance > 10000 else "silver"


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    kinds = [Checking, Savings, Premium, Account]
    accounts = [kinds[i % 4]("owner%d" % i, 1000 + i * 10) for i in range(64)]
    failed = 0
    seed = 7
    for step in range(steps):
        seed = (seed * 69069 + 1) % 4294967296
        a = accounts[seed % 64]
        b = accounts[(seed >> 8) % 64]
        amount = (seed >> 16) % 300
        try:
            a.withdraw(amount)
            b.deposit(amount)
        except InsufficientFunds:
            failed += 1
        if step % 1000 == 999:
            for acc in accounts:
                acc.month_end()
    total = sum(acc.balance for acc in accounts)
    golds = sum(1 for acc in accounts if isinstance(acc, Premium) and acc.tier == "gold")
    hist = sum(sum(acc.history) for acc in accounts)
    print("accounts", Account.count, "failed", failed, "golds", golds)
    print(accounts[0], accounts[2])
    print("checksum", total, hist)


main()
