# Probing program (issue 13, round 3): argument-count, missing-argument and keyword errors of built-ins, in CPython 3.11's order
for name, f in [('round(bogus=1)', lambda: round(bogus=1)), ('round(1, bogus=2)', lambda: round(1, bogus=2)),
                ('sorted(bogus=1)', lambda: sorted(bogus=1)), ('pow(bogus=1)', lambda: pow(bogus=1)),
                ('pow(2, bogus=1)', lambda: pow(2, bogus=1)), ('enumerate(bogus=1)', lambda: enumerate(bogus=1)),
                ('sum(bogus=1)', lambda: sum(bogus=1)), ('expandtabs', lambda: "a".expandtabs(8, bogus=1)),
                ('from_bytes1', lambda: int.from_bytes(b"", bogus=1)), ('from_bytes2', lambda: int.from_bytes(b"", "big", bogus=1))]:
    try:
        f()
    except TypeError as e:
        print(name, '->', e)
for name, f in [('sum()', lambda: sum()), ('sum(1,2,3)', lambda: sum(1, 2, 3)), ('sum(start=1)', lambda: sum(start=1)),
                ('sum([],2,start=3)', lambda: sum([], 2, start=3)), ('pow(2)', lambda: pow(2)), ('pow()', lambda: pow()),
                ('round()', lambda: round()), ('round(1,2,3)', lambda: round(1, 2, 3)), ('sorted()', lambda: sorted()),
                ('sorted([],[])', lambda: sorted([], [])), ('pow(2, base=3)', lambda: pow(2, base=3)),
                ('pow(base=2, exp=3, mod=5)', lambda: pow(base=2, exp=3, mod=5)), ('pow(2,3,5,mod=1)', lambda: pow(2, 3, 5, mod=1)),
                ('round(number=2.5)', lambda: round(number=2.5)), ('round(ndigits=1)', lambda: round(ndigits=1)),
                ('sum([1], start=2)', lambda: sum([1], start=2)), ("expandtabs(tabsize=2)", lambda: "a\tb".expandtabs(tabsize=2))]:
    try:
        print(name, '=', f())
    except TypeError as e:
        print(name, '->', e)
for name, f in [('round(1.5, number=2)', lambda: round(1.5, number=2)), ('round(1.5, 1, ndigits=2)', lambda: round(1.5, 1, ndigits=2)),
                ('pow(2, 3, base=1)', lambda: pow(2, 3, base=1)), ('pow(2, exp=3, base=1)', lambda: pow(2, exp=3, base=1))]:
    try:
        print(name, '=', f())
    except TypeError as e:
        print(name, '->', e)
