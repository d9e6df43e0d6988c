# A class namespace with a non-str key whose __eq__ raises: looking up a
# missing str name meets it, and CPython drops that error (the lookup
# just misses) after one __eq__ call; the AttributeError follows.
calls = []
class K:
    def __hash__(self):
        return hash('missing')
    def __eq__(self, other):
        calls.append(other)
        raise ValueError('K eq')
X = type('X', (), {K(): 1, 'a': 2})
for f in (lambda: X.missing, lambda: X().missing, lambda: X.a, lambda: getattr(X, 'missing', 'dflt'), lambda: hasattr(X(), 'missing')):
    calls.clear()
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
    print(len(calls))
