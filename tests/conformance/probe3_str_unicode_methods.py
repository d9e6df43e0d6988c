# Probing program (issue 13, round 3): str methods on non-ASCII text (the character classes and case mappings are ASCII-only by design: not probed)
s = "naïve café ÉCOLE straße"
print(len(s), s.find("é"), s.rfind("é"), s.index("ï"), s.count("é"), s.split("é"), s.partition("ß"))
print(s.replace("é", "e"), s[::-1], s.center(30, "·"), s.ljust(26, "é"), s.rjust(26, "€"), s.zfill(25))
print("€uro".encode(), "é".encode("latin-1"), "abc".encode("ascii"), "é".encode("ascii", "replace"), "é€".encode("latin-1", "ignore"))
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end, e.reason)
print(repr("\u0301"), repr("\u200b"), repr("\ud800" if False else "\ufeff"), repr("\U0001F600"), ascii("é€😀"), repr("\x7f\x80\xa0\xad"))
print("é" < "z" < "é" or "ordered", sorted(["é", "e", "f", "É", "E"]), max("aé€"), min("€é"))
print([ord(c) for c in "aé€😀"], chr(233), chr(0x20AC))
print("Ǆ".istitle() if False else "skip", "é".isprintable(), "\u0378".isprintable(), "\t".isprintable())
print("abc€".isascii(), "abc".isascii(), "é".isidentifier() if False else "skip", "x".join("éè"), "é,è".split(","))
print("a\tb\té".expandtabs(4), "éé".startswith("é"), "aé".endswith(("é", "x")), "é" in "café", "€" * 3)
print("%5s|%-5s|%.2s" % ("é", "€", "ééé"), "{:>4}|{:^5}".format("é", "€"), f"{'😀':*^5}")
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), "é".encode().decode(), len("😀".encode()), len("😀".encode("utf-8")))
print("Straße".casefold() if False else "skip", "ÀB".lower() if False else "skip", "abc".title(), "a-b_c d".title())
