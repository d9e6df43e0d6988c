# Dict and str churn: a word-frequency index, bigram counts and an
# inverted index over generated text, with collections.Counter,
# defaultdict and plain dicts, rebuilt per chunk.
import collections
import random
import sys

SYLL = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "do", "ja", "qu"]


def word(rng):
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(1, 4)))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    rng = random.Random(17)
    vocab = [word(rng) for _ in range(2000)]
    freq = collections.Counter()
    bigrams = collections.defaultdict(int)
    index = {}
    prev = None
    lines = 0
    for chunk in range(n // 1000 or 1):
        text = []
        for i in range(1000):
            text.append(vocab[int(rng.random() ** 2 * len(vocab))])
            if i % 12 == 11:
                text.append("\n")
        doc = " ".join(text)
        for ln, line in enumerate(doc.split("\n")):
            lines += 1
            for w in line.split():
                freq[w] += 1
                if prev is not None:
                    bigrams[(prev, w)] += 1
                prev = w
                s = index.get(w)
                if s is None:
                    index[w] = s = set()
                s.add(chunk * 100 + ln)
        if chunk % 10 == 9:
            index = {w: s for w, s in index.items() if len(s) > 3}
    common = freq.most_common(5)
    top_bi = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    print("lines", lines, "distinct", len(freq), "bigrams", len(bigrams))
    print("common", common)
    print("top bigram", top_bi)
    print("index", len(index), sum(len(s) for s in index.values()))
    print("checksum", sum(v * len(k) for k, v in freq.items()) % 1000000007)


main()
