# text_index.py -- an inverted index over generated documents: a
# defaultdict(set) from word to document ids, queried with set
# intersections, unions and differences, documents added and removed.
#
# Stresses: many mid-sized sets of small ints that grow, shrink (discard
#   leaves dummies) and are combined into short-lived result sets; str keys
#   built per word; a defaultdict holding long-lived sets; frozensets as
#   dict keys for the query cache.
# Parameters: argv[1] documents (default 3000), argv[2] words per document
#   (default 40), argv[3] queries (default 8000), argv[4] seed (default 3).
# Heap shape: a vocabulary of 2000 words, an index of up to 2000 sets of
#   document ids, a per-document word set (dropped when the document is
#   removed), a 256-entry query cache keyed by frozensets.
# Output: one checksum line from values only.
import sys
import random
from collections import defaultdict

ndocs = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
words_per_doc = int(sys.argv[2]) if len(sys.argv) > 2 else 40
nqueries = int(sys.argv[3]) if len(sys.argv) > 3 else 8000
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 3

random.seed(seed)
syllables = ['ka', 'lo', 'mi', 'ra', 'tu', 'ne', 'so', 'vi', 'an', 'el']
vocab = []
for i in range(2000):
    w = syllables[i % 10] + syllables[(i // 10) % 10] + syllables[(i // 100) % 10] + str(i // 1000)
    vocab.append(w)

index = defaultdict(set)
doc_words = {}


def add_doc(doc):
    words = set()
    for j in range(words_per_doc):
        # Zipf-like: low ranks far more often
        r = int(random.random() ** 3 * len(vocab))
        words.add(vocab[r])
    doc_words[doc] = words
    for w in words:
        index[w].add(doc)


def remove_doc(doc):
    for w in doc_words.pop(doc):
        postings = index[w]
        postings.discard(doc)
        if not postings:
            del index[w]


for d in range(ndocs):
    add_doc(d)

cache = {}
checksum = 0
next_doc = ndocs
for q in range(nqueries):
    a = vocab[int(random.random() ** 2 * 300)]
    b = vocab[int(random.random() ** 2 * 300)]
    key = frozenset([a, b])
    if key in cache:
        hits = cache[key]
    else:
        both = index.get(a, set()) & index.get(b, set())
        either = index.get(a, set()) | index.get(b, set())
        only = index.get(a, set()) - index.get(b, set())
        hits = (len(both), len(either), len(only), min(both) if both else -1)
        if len(cache) >= 256:
            cache.clear()
        cache[key] = hits
    checksum = (checksum * 31 + hits[0] * 7 + hits[1] * 3 + hits[2] + hits[3]) % 1000000007
    if q % 50 == 0:
        # churn: drop an old document, add a new one; invalidate the cache
        victim = random.choice(list(doc_words)) if len(doc_words) < 64 else random.randrange(next_doc)
        if victim in doc_words:
            remove_doc(victim)
        add_doc(next_doc)
        next_doc += 1
        cache.clear()
sizes = sorted([len(s) for s in index.values()])
print('text_index', ndocs, nqueries, len(index), len(doc_words), sizes[-1], sum(sizes), checksum)
