# repr of strings: quote choice and escapes
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx",
        "back\\slash", "cr\r", "nul\0", "\x01\x7f", "\x1b[0m", "", "é"]
for v in vals:
    print(repr(v))
print(vals)
print(("a", "b'c"))
print({"k\n": "v\t"})
print(str("x\ty"))
