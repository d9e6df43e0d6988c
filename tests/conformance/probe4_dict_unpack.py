a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a}, {**a, **b}, {**b, **a}, {"y": 0, **a}, {**a, "y": 0}, {**{}}, {"k": 1, **a, "m": 2, **b, "y": 9})
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print({**M(), "q": 0}, {1: 2, **M()})
for bad in [lambda: {**5}, lambda: {**[(1, 2)]}, lambda: {"a": 1, **None}, lambda: {**"ab"}]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
def f():
    d = {**a, "w": [1]}
    return d
print(f(), {**dict(a=1), **dict(a=2)}, [{**a} for _ in range(2)], {k: v for k, v in {**a, **b}.items() if v > 1})
import gc
print(gc.is_tracked({**a}), gc.is_tracked({**a, "l": []}), len({**{i: i for i in range(100)}, **{i: -i for i in range(50, 150)}}))
x = {**a}
x["new"] = 1
print(a, x, x is not a)
