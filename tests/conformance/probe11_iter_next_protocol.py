# A hand-driven iteration helper calling __next__ directly, as code that
# wraps iterators does, and the names of the iterator types it meets.
def drain(it, limit=10):
    out = []
    while len(out) < limit:
        try:
            out.append(it.__next__())
        except StopIteration as e:
            return out, repr(e), e.args, e.value
    return out, "limit"

sources = [(), (1, 2), [], [3], "", "ab", b"", b"\x01", bytearray(b"xy"), range(0), range(2),
           {}, {"k": 1}, {"k": 1}.values(), {"k": 1}.items(), set(), {5}, frozenset([6])]
for src in sources:
    it = iter(src)
    print(f"{type(src).__name__:>10} {type(it).__name__:<22}", drain(it))
    print("   again:", drain(it))
for label, it in [("reversed", reversed([1, 2])), ("enumerate", enumerate("ab")), ("zip", zip("a", "b")),
                  ("map", map(str, [1])), ("filter", filter(None, [0, 1])), ("dict-rev", reversed({"a": 1})),
                  ("callable", iter([7, 0].pop, 7)), ("genexp", (c for c in "z"))]:
    print(f"{label:>10} {type(it).__name__:<22}", drain(it))
def gen():
    yield 1
    return "result"
print(drain(gen()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(drain(Countdown(3)), list(Countdown(2)))
ba = bytearray(b"abc")
it = iter(ba)
print(next(it), type(it).__name__ == "bytearray_iterator", it.__length_hint__())
del ba[1:]
print(drain(it))
print(next(iter(b"q")), type(iter(bytes(2))).__name__, type(iter(bytearray(2))).__name__)
