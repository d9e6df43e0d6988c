# f-strings with {expr} fields (no format specs)
x = 3
name = "gc"
items = [1, 2]
print(f"x={x} name={name} items={items}")
print(f"{x + 1} {x * x} {name.upper()} {len(items)}")
print(f"{'inner'} {x if x > 2 else 0} {items[0]}")
print(f"{{braces}} {x}")
print(f"{1.5} {None} {True} {'q'}")
print(f"")
d = {"k": "v"}
print(f"{d['k']} {d}")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P()}")
print(f"{x}{x}{x}")
