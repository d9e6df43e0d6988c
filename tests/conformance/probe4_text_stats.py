from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), len(set(words)), words[:5])
freq = Counter(words)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {n:3d} {'#' * n:<12}| {n / len(words):6.2%}")
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
print({k: len(v) for k, v in sorted(lengths.items())})
print(max(words, key=len), min(words, key=lambda w: (len(w), w)), sorted(set(w[0] for w in words)))
lines = text.splitlines()
print([len(l) for l in lines], [l.count("it") for l in lines], [l.split(",")[0] for l in lines])
caps = [w for w in text.replace(",", " ").split() if w[0].isupper()]
print(caps, " ".join(w.capitalize() for w in "the quick fox".split()))
table = "\n".join("%-4s|%s" % (i, l[:20].ljust(20, ".")) for i, l in enumerate(lines))
print(table)
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "-".join(reversed("a.b.c".split("."))), "word".center(10, "~"))
vowels = sum(text.lower().count(v) for v in "aeiou")
print(vowels, round(vowels / len(text), 4), f"{vowels / len(text):.3f}")
pal = [w for w in ["level", "noon", "python", "racecar", "ab"] if w == w[::-1]]
print(pal, sorted(pal, key=len, reverse=True))
enc = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world")
print(enc, "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in enc))
print("{:.1f}".format(sum(map(len, words)) / len(words)), sorted(freq.values(), reverse=True)[:5])
print(freq.most_common(1), freq["was"], freq["nope"], list(freq)[:3])
