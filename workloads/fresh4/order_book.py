# A limit order book matching engine, written the way a trading-systems
# programmer would prototype one: Order and Trade classes with properties
# and __repr__, price levels kept in dicts of deques with heaps of prices
# on each side (lazy deletion of emptied levels), market/limit/cancel
# messages from a seeded generator, partial fills, per-trader positions in
# an Account class with computed properties, and an end-of-day summary
# sorted with key functions.
# Parameters: messages (default 60000), traders (default 40), seed (default 7).
import heapq
import sys
from collections import deque


class Order:
    __slots__ = ("oid", "trader", "side", "price", "qty", "filled")

    def __init__(self, oid, trader, side, price, qty):
        self.oid = oid
        self.trader = trader
        self.side = side
        self.price = price
        self.qty = qty
        self.filled = 0

    @property
    def remaining(self):
        return self.qty - self.filled

    @property
    def done(self):
        return self.filled >= self.qty

    def __repr__(self):
        return "Order(%d, %s %d@%d, filled %d)" % (self.oid, self.side, self.qty, self.price, self.filled)


class Trade:
    def __init__(self, buyer, seller, price, qty):
        self.buyer = buyer
        self.seller = seller
        self.price = price
        self.qty = qty

    @property
    def notional(self):
        return self.price * self.qty


class Account:
    def __init__(self, name):
        self.name = name
        self.position = 0
        self.cash = 0
        self.trades = 0

    def apply(self, qty, price):
        self.position += qty
        self.cash -= qty * price
        self.trades += 1

    @property
    def value(self):
        return self.cash + self.position * 100

    def __repr__(self):
        return f"{self.name}: pos={self.position:+d} cash={self.cash:+d} trades={self.trades}"


class Book:
    def __init__(self):
        self.levels = {"B": {}, "S": {}}
        self.heaps = {"B": [], "S": []}
        self.orders = {}
        self.trades = []

    def best(self, side):
        heap = self.heaps[side]
        levels = self.levels[side]
        while heap:
            price = -heap[0] if side == "B" else heap[0]
            q = levels.get(price)
            while q and q[0].done:
                q.popleft()
            if q:
                return price
            heapq.heappop(heap)
            levels.pop(price, None)
        return None

    def rest(self, order):
        levels = self.levels[order.side]
        q = levels.get(order.price)
        if q is None:
            q = deque()
            levels[order.price] = q
            heapq.heappush(self.heaps[order.side], -order.price if order.side == "B" else order.price)
        q.append(order)
        self.orders[order.oid] = order

    def match(self, order, accounts):
        other = "S" if order.side == "B" else "B"
        while not order.done:
            price = self.best(other)
            if price is None:
                break
            if order.price is not None:
                if order.side == "B" and price > order.price:
                    break
                if order.side == "S" and price < order.price:
                    break
            q = self.levels[other][price]
            resting = q[0]
            qty = min(order.remaining, resting.remaining)
            order.filled += qty
            resting.filled += qty
            if resting.done:
                q.popleft()
                del self.orders[resting.oid]
            buyer, seller = (order, resting) if order.side == "B" else (resting, order)
            self.trades.append(Trade(buyer.trader, seller.trader, price, qty))
            accounts[buyer.trader].apply(qty, price)
            accounts[seller.trader].apply(-qty, price)

    def cancel(self, oid):
        order = self.orders.pop(oid, None)
        if order is None:
            return False
        order.filled = order.qty          # lazily skipped when it reaches the front
        return True

    def depth(self, side, n):
        out = []
        for price in sorted(self.levels[side], reverse=(side == "B")):
            total = sum(o.remaining for o in self.levels[side][price] if not o.done)
            if total:
                out.append((price, total))
            if len(out) == n:
                break
        return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    ntraders = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    x = seed

    def rnd(k):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return (x >> 8) % k

    accounts = {}
    for i in range(ntraders):
        name = "T%02d" % i
        accounts[name] = Account(name)
    names = list(accounts)
    book = Book()
    live = []
    cancels = 0
    for oid in range(1, n + 1):
        kind = rnd(100)
        trader = names[rnd(ntraders)]
        side = "B" if rnd(2) == 0 else "S"
        if kind < 20 and live:
            idx = rnd(len(live))
            live[idx], live[-1] = live[-1], live[idx]
            if book.cancel(live.pop()):
                cancels += 1
            continue
        qty = 1 + rnd(20)
        if kind < 38:
            order = Order(oid, trader, side, None, qty)
            book.match(order, accounts)
            continue
        mid = 100
        price = mid - 1 - rnd(8) if side == "B" else mid + 1 + rnd(8)
        if rnd(10) == 0:
            price = mid + 3 if side == "B" else mid - 3       # crossing
        order = Order(oid, trader, side, price, qty)
        book.match(order, accounts)
        if not order.done:
            book.rest(order)
            live.append(oid)
        if len(live) > 3000:
            live = [o for o in live if o in book.orders][-1500:]
    volume = sum(t.qty for t in book.trades)
    notional = sum(t.notional for t in book.trades)
    print(f"trades {len(book.trades)} volume {volume} notional {notional} cancels {cancels}")
    print("bids", book.depth("B", 5))
    print("asks", book.depth("S", 5))
    ranked = sorted(accounts.values(), key=lambda a: (-a.value, a.name))
    for acc in ranked[:3] + ranked[-2:]:
        print(repr(acc), "value", acc.value)
    assert sum(a.position for a in accounts.values()) == 0
    print("resting", len(book.orders), "net cash", sum(a.cash for a in accounts.values()))


main()
