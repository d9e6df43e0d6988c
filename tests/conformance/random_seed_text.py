# random.seed() of a str, bytes or bytearray as CPython 3.11's (version 2:
# the data followed by its SHA-512 digest, as one integer; version 1:
# Python 2's string hash), also through Random(seed), and its errors.
import random
for a in ("text seed", "", "é日本😀", b"bytes seed", bytearray(b"ba"), b"", "x" * 200, b"\x00\x00abc"):
    random.seed(a)
    print(repr(a)[:30], random.random(), random.getrandbits(70))
for a in ("text seed", "", "é日本"):
    random.seed(a, version=1)
    print("v1", repr(a), random.random())
for a, ver in ((b"x", 1), (bytearray(b"x"), 1), ([1], 2), ((1, 2), 2)):
    try:
        random.seed(a, version=ver)
        print("ok", random.random())
    except TypeError as e:
        print("TypeError", e)
r = random.Random("seeded instance"); print(r.randint(0, 10**9))
r.seed(b"again"); print(r.choice(range(1000)))
for n in (55, 111, 112, 113, 127, 128, 129, 239, 240, 1000):
    random.seed("k" * n)
    print(n, random.getrandbits(64))
