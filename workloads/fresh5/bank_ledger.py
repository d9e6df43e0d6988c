# A double-entry bookkeeping simulation: customers hold accounts of several
# kinds (checking, savings with monthly interest, credit lines with limits),
# transactions are journal entries whose postings must balance, failed
# transfers raise InsufficientFunds and are logged, and at each month's end
# statements are produced by aggregating postings into dicts keyed by
# account, category and month.  Amounts are integer cents throughout.
# Parameters: number of days (default 360), customers (default 60), seed (default 11).
import sys
import random
from collections import defaultdict


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.number}: cannot debit {fmt_cents(amount)}")
        self.account = account
        self.amount = amount


class Frozen(LedgerError):
    pass


def fmt_cents(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100:,}.{c % 100:02d}"


class Account:
    kind = "generic"

    def __init__(self, number, owner, opening=0):
        self.number = number
        self.owner = owner
        self.balance = opening
        self.frozen = False
        self.history = []

    def can_debit(self, amount):
        return self.balance >= amount

    def debit(self, amount, entry):
        if self.frozen:
            raise Frozen(self.number)
        if not self.can_debit(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append((entry.day, -amount, entry.memo))

    def credit(self, amount, entry):
        if self.frozen:
            raise Frozen(self.number)
        self.balance += amount
        self.history.append((entry.day, amount, entry.memo))

    def month_end(self, bank, day):
        pass

    def __repr__(self):
        return f"<{self.kind} {self.number} {fmt_cents(self.balance)}>"


class Checking(Account):
    kind = "checking"
    FEE = 500

    def month_end(self, bank, day):
        if self.balance < 100000 and self.balance >= self.FEE:
            bank.transfer(self, bank.house, self.FEE, day, "monthly fee", "fees")


class Savings(Account):
    kind = "savings"
    RATE_BP = 25  # basis points per month

    def month_end(self, bank, day):
        interest = self.balance * self.RATE_BP // 10000
        if interest > 0:
            bank.transfer(bank.house, self, interest, day, "interest", "interest")


class CreditLine(Account):
    kind = "credit"

    def __init__(self, number, owner, limit):
        super().__init__(number, owner, 0)
        self.limit = limit

    def can_debit(self, amount):
        return self.balance - amount >= -self.limit

    def month_end(self, bank, day):
        if self.balance < 0:
            charge = (-self.balance) * 150 // 10000
            if charge > 0 and self.can_debit(charge):
                bank.transfer(self, bank.house, charge, day, "interest charged", "interest")


class HouseAccount(Account):
    kind = "house"

    def can_debit(self, amount):
        return True


class Entry:
    __slots__ = ("eid", "day", "memo", "category", "postings")

    def __init__(self, eid, day, memo, category):
        self.eid = eid
        self.day = day
        self.memo = memo
        self.category = category
        self.postings = []

    def balanced(self):
        return sum(amount for _, amount in self.postings) == 0


class Customer:
    def __init__(self, cid, name):
        self.cid = cid
        self.name = name
        self.accounts = []

    def total(self):
        return sum(a.balance for a in self.accounts)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.journal = []
        self.failures = defaultdict(int)
        self.next_number = 1000
        self.house = HouseAccount("H-0001", None, 0)
        self.accounts[self.house.number] = self.house

    def open(self, cls, owner, *args):
        self.next_number += 7
        number = f"{cls.kind[0].upper()}-{self.next_number:05d}"
        acct = cls(number, owner, *args)
        self.accounts[number] = acct
        owner.accounts.append(acct)
        return acct

    def transfer(self, src, dst, amount, day, memo, category):
        if amount <= 0:
            raise ValueError("amount must be positive")
        entry = Entry(len(self.journal) + 1, day, memo, category)
        src.debit(amount, entry)
        try:
            dst.credit(amount, entry)
        except LedgerError:
            src.credit(amount, entry)  # undo
            raise
        entry.postings.append((src.number, -amount))
        entry.postings.append((dst.number, amount))
        self.journal.append(entry)
        return entry

    def try_transfer(self, src, dst, amount, day, memo, category):
        try:
            return self.transfer(src, dst, amount, day, memo, category)
        except InsufficientFunds as e:
            self.failures["insufficient"] += 1
        except Frozen:
            self.failures["frozen"] += 1
        return None

    def trial_balance(self):
        return sum(a.balance for a in self.accounts.values())


FIRST = ["Ada", "Brook", "Cyrus", "Dana", "Elio", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kira", "Lev"]
LAST = ["Moss", "North", "Okafor", "Park", "Quinn", "Reyes", "Sato", "Tran", "Ueda", "Voss"]
CATEGORIES = ["groceries", "rent", "utilities", "travel", "dining", "salary", "gift", "refund"]


def month_of(day):
    return day // 30


def main():
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 360
    ncust = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 11
    rng = random.Random(seed)
    bank = Bank()
    customers = []
    for i in range(ncust):
        c = Customer(i, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        bank.open(Checking, c, rng.randint(1000, 500000))
        if rng.random() < 0.6:
            bank.open(Savings, c, rng.randint(0, 2000000))
        if rng.random() < 0.4:
            bank.open(CreditLine, c, rng.randint(50000, 1000000))
        customers.append(c)
    merchants = [Customer(10000 + i, f"Merchant {cat}") for i, cat in enumerate(CATEGORIES)]
    shops = {cat: bank.open(Checking, m, 0) for cat, m in zip(CATEGORIES, merchants)}

    for day in range(days):
        for c in customers:
            n = rng.randint(0, 3)
            for _ in range(n):
                cat = rng.choice(CATEGORIES)
                src = rng.choice(c.accounts)
                if cat == "salary":
                    if day % 15 == 0:
                        bank.try_transfer(bank.house, c.accounts[0], rng.randint(150000, 600000), day, "payroll", cat)
                    continue
                if cat in ("gift", "refund"):
                    other = rng.choice(customers)
                    if other is not c:
                        bank.try_transfer(src, rng.choice(other.accounts), rng.randint(500, 20000), day,
                                          f"{cat} to {other.name.split()[0]}", cat)
                    continue
                amount = rng.randint(100, 9000) * (10 if cat == "rent" else 1)
                bank.try_transfer(src, shops[cat], amount, day, f"{cat} #{rng.randint(1, 999)}", cat)
        if rng.random() < 0.02:
            victim = rng.choice(customers).accounts[0]
            victim.frozen = not victim.frozen
        if day % 30 == 29:
            for acct in list(bank.accounts.values()):
                if not acct.frozen:
                    try:
                        acct.month_end(bank, day)
                    except LedgerError:
                        bank.failures["month_end"] += 1
            for m in merchants:
                shop = m.accounts[0]
                if shop.balance > 0 and not shop.frozen:
                    bank.transfer(shop, bank.house, shop.balance * 97 // 100, day, "settlement", "settlement")

    # reports
    assert all(e.balanced() for e in bank.journal)
    print(f"entries {len(bank.journal)}, trial balance {fmt_cents(bank.trial_balance())}")
    print("failures:", ", ".join(f"{k}={v}" for k, v in sorted(bank.failures.items())))
    by_cat_month = defaultdict(lambda: defaultdict(int))
    volume = defaultdict(int)
    for e in bank.journal:
        amt = e.postings[1][1]
        by_cat_month[e.category][month_of(e.day)] += amt
        volume[e.category] += amt
    for cat in sorted(volume, key=lambda k: (-volume[k], k)):
        months = by_cat_month[cat]
        peak = max(months, key=lambda m: (months[m], -m))
        print(f"{cat:>12} {fmt_cents(volume[cat]):>18}  peak month {peak:2d} {fmt_cents(months[peak]):>14}")
    kinds = defaultdict(list)
    for a in bank.accounts.values():
        kinds[a.kind].append(a.balance)
    for k in sorted(kinds):
        bal = kinds[k]
        print(f"{k:>9}: {len(bal):4d} accounts, total {fmt_cents(sum(bal)):>18}, min {fmt_cents(min(bal))}")
    richest = sorted(customers, key=lambda c: (-c.total(), c.cid))[:5]
    for c in richest:
        print(f"  {c.cid:3d} {c.name:<14} {fmt_cents(c.total()):>16} {len(c.accounts)} accts")
    busiest = max(bank.accounts.values(), key=lambda a: (len(a.history), a.number))
    memos = defaultdict(int)
    for _, _, memo in busiest.history:
        memos[memo.split(" ")[0]] += 1
    print(f"busiest {busiest.number}: {len(busiest.history)} postings,",
          " ".join(f"{m}:{n}" for m, n in sorted(memos.items())))


main()
