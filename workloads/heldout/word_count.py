# Word counting with dicts: generated text split into words, normalised
# with strip/lower, counted with dict.get, setdefault and `in`, bigrams
# counted in a dict keyed by tuples, the most common words found by
# sorting items, and per-letter indexes built as dicts of lists.
import sys

WORDS = ("the quick brown fox jumps over lazy dog and then runs far away "
         "from a hunter who walks slowly through the dark forest at night "
         "while owls call, wind blows; rain falls. Stars shine!").split()


def make_text(n, seed):
    x = seed
    lines = []
    line = []
    for i in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        w = WORDS[(x >> 16) % len(WORDS)]
        if x % 11 == 0:
            w = w.capitalize()
        line.append(w)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count(text):
    freq = {}
    bigrams = {}
    prev = None
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,;!").lower()
            if not w:
                continue
            freq[w] = freq.get(w, 0) + 1
            if prev is not None:
                key = (prev, w)
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = w
    return freq, bigrams


def index_by_letter(freq):
    idx = {}
    for w, c in freq.items():
        idx.setdefault(w[0], []).append((c, w))
    for letter in idx:
        idx[letter].sort(reverse=True)
    return idx


def main(n):
    text = make_text(n, 12345)
    freq, bigrams = count(text)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    idx = index_by_letter(freq)
    merged = dict(freq)
    for (a, b), c in bigrams.items():
        merged[a + "_" + b] = c
    print(len(freq), len(bigrams), len(merged))
    print(top)
    print(top_bi)
    print(sorted((k, len(v)) for k, v in idx.items())[:6])
    print(sum(freq.values()), max(bigrams.values()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
