# Word-frequency report with Counter, defaultdict, OrderedDict and
# deque as a sliding window.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple

TEXT = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs! A quick, quick fox -- the end."""
words = [w.strip('.,;!-').lower() for w in TEXT.split()]
words = [w for w in words if w]
cnt = Counter(words)
print(cnt.most_common(4))
print(cnt['the'], cnt['missing'], len(cnt), sum(cnt.values()), cnt.total())
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
first_pos = OrderedDict()
for i, w in enumerate(words):
    first_pos.setdefault(w, i)
first_pos.move_to_end('the')
first_pos.move_to_end('fox', last=False)
print(list(first_pos.items())[:3], first_pos.popitem(), first_pos.popitem(last=False))
window = deque(maxlen=3)
bigrams = Counter()
for w in words:
    window.append(w)
    if len(window) >= 2:
        bigrams[(window[-2], window[-1])] += 1
print(bigrams.most_common(2), list(window), window.maxlen)
letters = Counter(c for c in TEXT.lower() if c.isalpha())
vowels = Counter({k: v for k, v in letters.items() if k in 'aeiou'})
print(sorted(vowels.items()), (letters - vowels)['t'], sorted((vowels & Counter(a=1, e=100)).items()))
print(sorted(Counter('abracadabra').elements())[:6], Counter('aab') + Counter('b'), Counter('aab') - Counter('aaab'))
c2 = Counter(a=3, b=-1)
c2.subtract(a=1, c=2)
print(c2, +c2, -c2)
Stat = namedtuple('Stat', 'word count share')
stats = [Stat(w, n, round(n / len(words), 3)) for w, n in cnt.most_common(3)]
for s in stats:
    print('%-6s %2d %.3f' % s, s._asdict()['word'], s._replace(count=0).count)
print(Stat._fields, Stat('a', 1, 0.5) == ('a', 1, 0.5), Stat._make(['b', 2, 0.1]))
dd = defaultdict(lambda: defaultdict(int))
for w in words:
    dd[w[0]][len(w)] += 1
print(sorted((k, sorted(v.items())) for k, v in dd.items())[:3])
print(repr(defaultdict(int, a=1)), defaultdict(list).default_factory, Counter('ab') == Counter('ba'))
