class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item = item
    def __str__(self):
        return "%s: wanted %d, have %d" % self.args

class Item:
    __slots__ = ("sku", "name", "price", "qty")
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return "Item(%r, %r, %.2f, %d)" % (self.sku, self.name, self.price, self.qty)
    @property
    def value(self):
        return round(self.price * self.qty, 2)

class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, item):
        if item.sku in self.items:
            raise KeyError("duplicate sku %s" % item.sku)
        self.items[item.sku] = item
    def take(self, sku, n):
        it = self.items[sku]
        if it.qty < n:
            raise OutOfStock(it.name, n, it.qty)
        it.qty -= n
        self.history.append((sku, -n))
        return it.price * n
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: (-i.value, i.sku)))
    def __contains__(self, sku):
        return sku in self.items

inv = Inventory()
for args in [("A1", "bolt", 0.25, 400), ("B2", "nut", 0.1, 1000), ("C3", "gear", 12.5, 8), ("D4", "belt", 7.99, 0)]:
    inv.add(Item(*args))
try:
    inv.add(Item("A1", "dup", 1))
except KeyError as e:
    print("KeyError:", e)
print(len(inv), "C3" in inv, "Z9" in inv)
for it in inv:
    print("%-4s %-6s %8.2f %5d %10s" % (it.sku, it.name, it.price, it.qty, f"{it.value:,.2f}"))
total = 0.0
for sku, n in [("A1", 100), ("C3", 9), ("B2", 250), ("Z9", 1), ("D4", 1)]:
    try:
        total += inv.take(sku, n)
    except OutOfStock as e:
        print("out of stock ->", e, "|", repr(e), "|", e.item)
    except KeyError as e:
        print("unknown sku", e)
print("total %.2f" % total, inv.history)
report = {it.name: it.qty for it in inv}
print(report, sum(report.values()), max(report, key=report.get))
print("{:<10}|{:^10}|{:>10}".format("name", "qty", "value"))
for it in sorted(inv, key=lambda i: i.name):
    print("{0.name:<10}|{0.qty:^10d}|{0.value:>10.3f}".format(it))
try:
    Item("E5", "x", 1).color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print([repr(i) for i in inv][:2])
