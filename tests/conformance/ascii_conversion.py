# ascii() and the !a conversion escape every non-ASCII code point of the repr
s = "caf\u00e9 \u20ac \U0001f600 plain"
print(ascii(s))
print(f"{s!a}")
print(ascii(["\u00e9", ("x", "\u0100")]))
print(ascii(1.5), ascii(None), ascii("only ascii"))
print(f"{'a'!a:>8}|")
class R:
    def __repr__(self):
        return "R(\u00fc)"
print(ascii(R()), f"{R()!a}", f"{R()!r}")
print(len(ascii("\u00e9")), len(ascii("\u0100")), len(ascii("\U00010000")))
