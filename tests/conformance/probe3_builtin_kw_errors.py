# Probing program (issue 13, round 3): unknown keyword arguments to built-in functions and methods: CPython 3.11's messages
import math, collections
tests = [
    ("__import__('x', bogus=1)", lambda: __import__('x', bogus=1)),
    ('enumerate([], bogus=1)', lambda: enumerate([], bogus=1)),
    ('pow(2, 3, bogus=1)', lambda: pow(2, 3, bogus=1)),
    ('sorted([], bogus=1)', lambda: sorted([], bogus=1)),
    ('sum([], bogus=1)', lambda: sum([], bogus=1)),
    ('property(bogus=1)', lambda: property(bogus=1)),
    ("'a'.splitlines(bogus=1)", lambda: 'a'.splitlines(bogus=1)),
    ("'a'.rsplit(bogus=1)", lambda: 'a'.rsplit(bogus=1)),
    ("int('1', bogus=1)", lambda: int('1', bogus=1)),
    ('math.isclose(1, 1, bogus=1)', lambda: math.isclose(1, 1, bogus=1)),
    ('math.prod([], bogus=1)', lambda: math.prod([], bogus=1)),
    ('collections.deque(bogus=1)', lambda: collections.deque(bogus=1)),
    ("'a'.split(bogus=1)", lambda: 'a'.split(bogus=1)),
    ('[].sort(bogus=1)', lambda: [].sort(bogus=1)),
    ('min([1], bogus=1)', lambda: min([1], bogus=1)),
    ('zip(bogus=1)', lambda: zip(bogus=1)),
    ('round(1, bogus=1)', lambda: round(1, bogus=1)),
    ("'a'.encode(bogus=1)", lambda: 'a'.encode(bogus=1)),
    ("b'a'.decode(bogus=1)", lambda: b'a'.decode(bogus=1)),
    ('(1).to_bytes(bogus=1)', lambda: (1).to_bytes(bogus=1)),
    ('bytes(bogus=1)', lambda: bytes(bogus=1)),
    ('dict.fromkeys([], bogus=1)', lambda: dict.fromkeys([], bogus=1)),
    ("'a'.expandtabs(bogus=1)", lambda: 'a'.expandtabs(bogus=1)),
    ("b'a'.hex(bogus=1)", lambda: b'a'.hex(bogus=1)),
    ("(1).from_bytes(b'', bogus=1)", lambda: (1).from_bytes(b'', bogus=1)),
]
for t, f in tests:
    try:
        f()
    except TypeError as e:
        print(t, '->', e)
