# A built-in type's __new__ is a built-in method bound to the type,
# tracked by the collector as CPython's (made at its start-up); making it
# here (at the first read of the type's dict) moves no gc count.
import gc
gc.collect()
c0 = gc.get_count()[0]
news = [int.__new__, list.__new__, dict.__new__, str.__new__, float.__new__, set.__new__, object.__new__]
print(gc.get_count()[0] - c0)
for f in news:
    print(f.__qualname__, type(f).__name__, gc.is_tracked(f), f.__self__.__name__)
print(int.__new__ is int.__dict__['__new__'], int.__new__(int, 7), gc.is_tracked(len), gc.is_tracked([].append))
