# str case mappings of non-ASCII text (Unicode's full mappings: 'ß'.upper() is
# 'SS'), title/capitalize after cased code points, the final sigma
tests = ['é', 'straße', 'ǆemal', 'ΣΑΣ', 'ﬁne', 'İstanbul', 'hello wörld ñ', 'ÀÉÎõü', 'ǅ', 'ŉ', 'Ωmega', 'ſ', 'µ', 'ÿ', 'ɐ', '𐐨', 'a1ß b', "ﬀ x"]
for s in tests:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('é'.zfill(5), 'é'.center(7), 'éa'.center(6, '*'))
