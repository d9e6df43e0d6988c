# A generator not run to its end holds a list in its frame; once the
# generator is unreachable, one gc.collect() closes it (its finally runs)
# and frees the list too, with or without a freeze before.
import gc
import weakref


class Payload(list):
    pass


def walk(items):
    try:
        for x in items:
            yield x
    finally:
        print("closed", len(items))


def start(n):
    items = Payload(range(n))
    it = walk(items)
    print("first", next(it))
    return it, weakref.ref(items)


it, ref = start(3)
del it
gc.collect()
print("after collect:", ref())

gc.freeze()
it, ref = start(4)
gc.unfreeze()
del it
gc.collect()
print("after unfreeze and collect:", ref())

it, ref = start(5)
gc.freeze()
del it
gc.unfreeze()
gc.collect()
print("frozen, then unfrozen and collected:", ref())

# Never started: no finally to run, and the list goes all the same.
items = Payload([1, 2])
ref = weakref.ref(items)
it = walk(items)
del items, it
gc.collect()
print("unstarted:", ref())
