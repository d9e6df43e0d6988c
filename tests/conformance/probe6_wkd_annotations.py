# Side tables keyed by objects with WeakKeyDictionary: annotations that
# vanish with their object, iteration, copies, keyrefs, errors.
import gc
import weakref


class Doc:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return 'Doc(%r)' % self.title


notes = weakref.WeakKeyDictionary()
docs = [Doc('a'), Doc('b'), Doc('c')]
for d in docs:
    notes[d] = len(d.title) * 10
notes[docs[0]] += 1
print(sorted((k.title, v) for k, v in notes.items()), len(notes), docs[1] in notes)
print(len(notes.keyrefs()), sorted(r().title for r in notes.keyrefs()))
snap = notes.copy()
del docs[1]
del d
gc.collect()
print(sorted(k.title for k in notes), sorted(k.title for k in snap), len(snap))
print(notes.get(docs[0]), notes.get(Doc('z'), 'none'), notes.setdefault(docs[1], 5), notes.pop(docs[1]))
try:
    notes[Doc('zz')]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    notes['str'] = 1
except TypeError as e:
    print('TypeError:', e)
print('str' in notes, 3 in notes)
notes.update({docs[0]: 99})
print(notes[docs[0]], dict(notes) == {docs[0]: 99})
other = weakref.WeakKeyDictionary({docs[1]: 1})
print(sorted(k.title for k in (notes | other)), type(notes | other).__name__)
docs.clear()
gc.collect()
print(len(notes), list(notes.items()), len(other))
