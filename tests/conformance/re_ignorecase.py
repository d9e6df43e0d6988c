# IGNORECASE over Unicode and ASCII (CPython 3.11's simple case folding)
import re

PAIRS = [('ſ', 's'), ('s', 'ſ'), ('[ſ]', 's'), ('[s]', 'ſ'), ('µ', 'μ'), ('μ', 'µ'), ('ß', 'ẞ'), ('ẞ', 'ß'),
         ('ß', 'SS'), ('[a-z]', 'K'), ('[a-z]', '\u212a'), ('k', '\u212a'), ('ǅ', 'ǆ'), ('ǅ', 'Ǆ'), ('İ', 'i'),
         ('i', 'İ'), ('I', 'İ'), ('ı', 'I'), ('ς', 'Σ'), ('σ', 'ς'), ('[α-ω]+', 'ΑΒΓ'), ('é', 'É'), ('[^é]', 'É'),
         ('Ω', 'ω'), ('\u2126', 'ω'), ('[\u2126]', 'ω'), ('ǰ', 'J̌'), ('ﬀ', 'FF'), ('ꭓ', 'Ꭓ'), ('𐐨', '𐐀')]
for p, s in PAIRS:
    print(repr(p), repr(s), bool(re.match(p, s, re.I)), bool(re.match(p, s, re.I | re.A)),
          bool(re.match('(?i:%s)' % p, s)))
print(re.findall('(?i)[a-f]+', 'xABcDefG'), re.sub('(?i)straße', 'X', 'STRAßE Straße'), re.findall(r'(?i)(\w)\1', 'aA bB éÉ'))
print(re.findall(rb'(?i)[a-c\xe9]+', b'ABC\xc9\xe9'), re.split('(?i)x', 'aXbxc'))
