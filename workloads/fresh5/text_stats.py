# A text statistics job of the kind people write for a writing class: a
# corpus is generated from word lists (sentences with punctuation,
# capitalisation, quotes, numbers, hyphenated words), then normalised with
# str methods, split into paragraphs, sentences and words, and measured:
# word frequencies, bigrams, sentence lengths, syllable estimates and a
# Flesch reading-ease score, a concordance (keyword in context) and a
# justified, wrapped rendering built by string concatenation.
# Parameters: number of paragraphs (default 400), line width (default 64).
import sys
import random

NOUNS = ("river garden window engine doctor village market story winter letter "
         "mountain teacher problem science morning machine evening kitchen "
         "question history language harbour bicycle library").split()
VERBS = ("carried watched opened built found remembered painted followed "
         "measured borrowed described repaired explained crossed").split()
ADJS = ("quiet bright ancient narrow careful yellow distant simple heavy "
        "curious gentle modern broken silent").split()
ADVS = "slowly quickly rarely almost never often suddenly carefully".split()
NAMES = "Amelia Bruno Chen Dmitri Esther Farid Greta Hugo".split()
PREPS = "under over beside across behind near through".split()


def make_sentence(rng):
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(NAMES))
    else:
        parts.append("the " + rng.choice(ADJS) + " " + rng.choice(NOUNS))
    if rng.random() < 0.4:
        parts.append(rng.choice(ADVS))
    parts.append(rng.choice(VERBS))
    parts.append("a " + rng.choice(ADJS) + "-" + rng.choice(ADJS) + " " + rng.choice(NOUNS))
    if rng.random() < 0.5:
        parts.append(rng.choice(PREPS) + " the " + rng.choice(NOUNS))
    if rng.random() < 0.2:
        parts.append("in " + str(rng.randint(1850, 2020)))
    s = " ".join(parts)
    s = s[0].upper() + s[1:]
    end = rng.choice(".....!?")
    if rng.random() < 0.15:
        s = '"' + s + end + '" said ' + rng.choice(NAMES) + "."
    else:
        s += end
    return s


def make_corpus(rng, nparas):
    paras = []
    for _ in range(nparas):
        sentences = [make_sentence(rng) for _ in range(rng.randint(2, 7))]
        paras.append("  " + " ".join(sentences) + "  ")
    return "\n\n".join(paras)


def split_sentences(para):
    out = []
    cur = ""
    for word in para.split():
        cur = cur + " " + word if cur else word
        if word.endswith((".", "!", "?")) and not word.endswith('."'):
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def normalise(word):
    return word.strip('.,!?";:').lower()


VOWELS = "aeiouy"


def syllables(word):
    word = word.lower().replace("-", "")
    if not word.isalpha():
        return 1
    count = 0
    prev = False
    for ch in word:
        v = ch in VOWELS
        if v and not prev:
            count += 1
        prev = v
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(count, 1)


def wrap(words, width):
    lines = []
    line = []
    length = 0
    for w in words:
        if line and length + 1 + len(w) > width:
            lines.append(line)
            line = []
            length = 0
        length += len(w) + (1 if line else 0)
        line.append(w)
    if line:
        lines.append(line)
    return lines


def justify(line, width, last):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w
        out += " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]


def concordance(sentences, keyword, width=28):
    rows = []
    for s in sentences:
        low = s.lower()
        start = low.find(keyword)
        while start != -1:
            left = s[:start][-width:].rjust(width)
            right = s[start + len(keyword):][:width].ljust(width)
            rows.append(f"{left} [{s[start:start + len(keyword)]}] {right}")
            start = low.find(keyword, start + 1)
    return rows


def main():
    nparas = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 64
    rng = random.Random(7)
    text = make_corpus(rng, nparas)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    sentences = []
    for p in paragraphs:
        sentences.extend(split_sentences(p))
    freq = {}
    bigrams = {}
    total_words = 0
    total_syll = 0
    lengths = {}
    caps = 0
    numbers = 0
    for s in sentences:
        words = [normalise(w) for w in s.split()]
        words = [w for w in words if w]
        lengths[len(words)] = lengths.get(len(words), 0) + 1
        for w in s.split():
            if w[:1].isupper():
                caps += 1
            if w.strip(".,!?\"").isdigit():
                numbers += 1
        prev = None
        for w in words:
            total_words += 1
            total_syll += syllables(w)
            freq[w] = freq.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = w
    nsent = len(sentences)
    flesch = 206.835 - 1.015 * (total_words / nsent) - 84.6 * (total_syll / total_words)
    print(f"paragraphs {len(paragraphs)}  sentences {nsent}  words {total_words}  chars {len(text)}")
    print(f"capitalised {caps}  numbers {numbers}  distinct {len(freq)}")
    print(f"avg sentence {total_words / nsent:.2f} words, {total_syll / total_words:.3f} syllables/word,"
          f" Flesch {flesch:.1f}")
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("top words: " + ", ".join(f"{w}({n})" for w, n in top))
    topb = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top bigrams: " + "; ".join("%s x%d" % kv for kv in topb))
    hist = sorted(lengths.items())
    print("lengths: " + " ".join("{}:{}".format(k, v) for k, v in hist))
    longest = max(freq, key=lambda w: (len(w), w))
    print(f"longest word {longest!r} ({syllables(longest)} syllables)")
    hyph = sorted({w for w in freq if "-" in w})
    print(f"hyphenated {len(hyph)}, e.g. {hyph[0]} .. {hyph[-1]}")
    rows = concordance(sentences, "library")
    print(f"concordance 'library': {len(rows)} lines")
    for r in rows[:3]:
        print("  " + r)
    rendered = []
    checksum = 0
    for p in paragraphs:
        words = p.split()
        lines = wrap(words, width)
        for i, line in enumerate(lines):
            text_line = justify(line, width, i == len(lines) - 1)
            rendered.append(text_line)
            checksum = (checksum * 131 + len(text_line) + text_line.count(" ")) % 1000000007
        rendered.append("")
    print(f"rendered {len(rendered)} lines, checksum {checksum}")
    for line in rendered[:4]:
        print("|" + line + "|")
    titled = [s.title().replace(" A ", " a ").replace(" The ", " the ") for s in sentences[:3]]
    for t in titled:
        print(t.center(width + 10, "*")[:width + 10])
    upper_share = sum(1 for ch in text if ch.isupper()) / len(text)
    print(f"upper share {upper_share:.4f}, vowels {sum(text.count(v) for v in 'aeiou')}")


main()
