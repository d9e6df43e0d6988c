# str's character classes and case mappings over all of Unicode 14.0, as
# CPython 3.11's: samples of many scripts spelled out, then, block by block,
# a checksum of every 61st code point's classes and mappings.
samples = [
    'abc', 'ÀÉÎõü', 'straße', 'ǅungla', 'ǈ', 'ǲ', 'ǰ', 'ŉ', 'ﬀ', 'ﬃ', 'İstanbul', 'ıi',
    'Ωμέγα', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'ᾈ', 'ΐ', 'ͅ', 'ϐϑϕ', 'Приве́т', 'ПРИВЕТ', 'Ѐѐ',
    'Բարեւ', 'ﬓ', 'שלום', 'مرحبا', '١٢٣', '۴۵۶', 'नमस्ते', '०१२', 'বাংলা', '৪৫',
    'ภาษาไทย', '๑๒', 'ქართული', 'ᲐᲑᲒ', 'Ꮳ', 'ꮳ', '한국어', '漢字', '〇', '二十',
    'ＡＢＣ', 'ａｂｃ', '１２３', 'Ⅻ', 'ⅻ', '²³', '½', '①', '⑴', '⒈', '𝟏', '𝐀𝐚', '𐐀', '𐐨',
    '𞤀', '𞤢', '𖹀', 'Ⓐ', 'ⓐ', 'ʰ', 'ª', 'º', 'ᵃ', '﹏', 'ǆ', 'Ǆ', 'ȷ', 'ſ', 'K',
    'Σ', 'aΣ', 'aΣb', 'aΣ.', "a'Σ", 'aΣ\u0301', 'a\u0301Σ', 'Σa', '.Σ', 'ΑΣ\u0345',
    'ǅ ǅ', 'Ǆa', 'ᾼ', 'ﬁ', 'Ⰰⰰ', 'Ⲁⲁ', 'Ꙁꙁ', 'ꞋꞌꞍ', '𑢠𑣀', '𖺀', '𞥐', '٫', '\u200d',
    '', ' ', 'a1', 'A1b', 'ab cd', 'Ab Cd', 'AB CD', 'ǅa Ǆb', 'ǆ',
]
methods = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isupper', 'islower',
           'istitle', 'isspace', 'isidentifier', 'isprintable']
cases = ['upper', 'lower', 'title', 'casefold', 'swapcase', 'capitalize']
for s in samples:
    flags = ''.join('1' if getattr(s, m)() else '0' for m in methods)
    print(ascii(s), flags, ' '.join(ascii(getattr(s, c)()) for c in cases))

def digest(cps):
    h = 0
    for cp in cps:
        c = chr(cp)
        f = 0
        for m in methods:
            f = f * 2 + (1 if getattr(c, m)() else 0)
        h = (h * 31 + f) % 1000000007
        for k in cases:
            for ch in getattr(c, k)():
                h = (h * 131 + ord(ch)) % 1000000007
        pair = c + c
        h = (h * 3 + pair.istitle() + 2 * pair.isupper()) % 1000000007
    return h

for block in range(0, 0x30000, 0x1000):
    cps = [cp for cp in range(block, block + 0x1000, 61) if not 0xD800 <= cp < 0xE000]
    print(hex(block), digest(cps))
print(hex(0xE0000), digest(range(0xE0000, 0xE0200, 11)))
for s in ['١٢٣', 'a١', '١a', 'ªb', '²', 'x²', '·', 'a·', '℘', '℮', 'Ⅻ', '〇', '_٣', '\u200d', 'a\u200d', '゛', 'ⅻ', 'ǅa', 'a\u0301', '\u0301a']:
    print(ascii(s), s.isidentifier())
