from dataclasses import dataclass, field
from typing import List, Optional

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def total(self):
        return self.price * self.qty

inv = [Item(3.5, "apple", 10), Item(1.25, "pear", 3, ["fruit"]), Item(12.0, "knife", 1), Item(0.1, "gum", 100)]
inv.sort()
for it in inv:
    print(f"{it.name:<8}|{it.price:>8.2f}|{it.qty:05d}|{it.total:10.3f}|{','.join(it.tags) or '-'}")
print(repr(inv[0]))
print(inv[0] < inv[1], inv[0] == Item(0.1, "other"))
print(max(inv, key=lambda i: i.total).name)
print(sorted(inv, key=lambda i: (-i.qty, i.name))[0])
total = sum(i.total for i in inv)
print("total %.2f %8.3e %g" % (total, total, total))
print("{:,.2f} {:_d} {:+.1%}".format(1234567.891, 10**9, 0.1234))
by_first = {}
for it in inv:
    by_first.setdefault(it.name[0], []).append(it.name)
print(by_first)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    Item(1.0, "x", tags=None).tags.append(1)
except AttributeError as e:
    print("AttributeError:", e)
import dataclasses
print(dataclasses.asdict(inv[1]))
print(dataclasses.astuple(inv[1]))
print([f.name for f in dataclasses.fields(Item)])
print(dataclasses.replace(inv[1], qty=7))
