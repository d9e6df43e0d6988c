import sys, gc, weakref
cases = [
    ('len()', lambda: len()),
    ('setattr()', lambda: setattr()),
    ('delattr(1)', lambda: delattr(1)),
    ('hasattr()', lambda: hasattr()),
    ('divmod(1)', lambda: divmod(1)),
    ('getattr(1)', lambda: getattr(1)),
    ('iter()', lambda: iter()),
    ('next()', lambda: next()),
    ('format()', lambda: format()),
    ('any()', lambda: any()),
    ('enumerate()', lambda: enumerate()),
    ('__import__()', lambda: __import__()),
    ('sys.getsizeof()', lambda: sys.getsizeof()),
    ('sys.getrefcount()', lambda: sys.getrefcount()),
    ('weakref.getweakrefcount()', lambda: weakref.getweakrefcount()),
    ('weakref.getweakrefs()', lambda: weakref.getweakrefs()),
    ('gc.is_tracked()', lambda: gc.is_tracked()),
    ('gc.is_finalized()', lambda: gc.is_finalized()),
    ('gc.get_referents(x=1)', lambda: gc.get_referents(x=1)),
    ('gc.get_threshold(1)', lambda: gc.get_threshold(1)),
    ('gc.enable(1)', lambda: gc.enable(1)),
    ('gc.collect(5)', lambda: gc.collect(5)),
    ("gc.collect('x')", lambda: gc.collect('x')),
    ('gc.set_threshold()', lambda: gc.set_threshold()),
    ('gc.get_count(1)', lambda: gc.get_count(1)),
    ('weakref.ref()', lambda: weakref.ref()),
    ('weakref.ref(1, 2, 3)', lambda: weakref.ref(1, 2, 3)),
    ('weakref.proxy()', lambda: weakref.proxy()),
    ('weakref.finalize()', lambda: weakref.finalize()),
    ('sys.exit(1, 2)', lambda: sys.exit(1, 2)),
    ('sys.getsizeof(1, 2, 3)', lambda: sys.getsizeof(1, 2, 3)),
    ('sys.getsizeof(x=1)', lambda: sys.getsizeof(x=1)),
    ('pow(2)', lambda: pow(2)),
    ('round()', lambda: round()),
    ('sorted()', lambda: sorted()),
    ('min()', lambda: min()),
    ('sum()', lambda: sum()),
    ('vars(1, 2)', lambda: vars(1, 2)),
    ('dir(1, 2)', lambda: dir(1, 2)),
    ('issubclass(1)', lambda: issubclass(1)),
    ('isinstance(1)', lambda: isinstance(1)),
    ('bin()', lambda: bin()),
    ('id()', lambda: id()),
    ('hex(1.5)', lambda: hex(1.5)),
    ('callable(1, 2)', lambda: callable(1, 2)),
    ('print(sep=1)', lambda: print(sep=1)),
    ('abs(1, 2)', lambda: abs(1, 2)),
    ('weakref.WeakSet(1, 2)', lambda: weakref.WeakSet(1, 2)),
    ('weakref.WeakValueDictionary(1, 2)', lambda: weakref.WeakValueDictionary(1, 2)),
    ('weakref.WeakKeyDictionary(1, 2)', lambda: weakref.WeakKeyDictionary(1, 2)),
    ('gc.get_objects(1, 2)', lambda: gc.get_objects(1, 2)),
    ('gc.get_objects(generation=5)', lambda: gc.get_objects(generation=5)),
    ('gc.freeze(1)', lambda: gc.freeze(1)),
    ('sys.getrecursionlimit(1)', lambda: sys.getrecursionlimit(1)),
    ('sys.setrecursionlimit()', lambda: sys.setrecursionlimit()),
    ('sys.setrecursionlimit(0)', lambda: sys.setrecursionlimit(0)),
]
for name, f in cases:
    try:
        f()
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__, e)
for f in [lambda: sys.getsizeof(1, x=1), lambda: sys.getsizeof(1, object=2), lambda: sys.getsizeof(object=1, default=2) > 0, lambda: sys.getsizeof(1, 2, default=3), lambda: enumerate(start=1), lambda: enumerate(1, 2, 3), lambda: sys.setrecursionlimit(1, 2), lambda: sys.getrecursionlimit(x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
