# gc.freeze for a pre-fork snapshot: frozen objects survive collections,
# are not in get_objects(generation), and unfreeze brings them back.
import gc


class Blob:
    def __init__(self, i):
        self.i = i
        self.me = self


gc.collect()
base = gc.get_freeze_count()
keep = [Blob(i) for i in range(4)]
gc.freeze()
frozen = gc.get_freeze_count() - base
print('frozen at least 5:', frozen >= 5)
print('blobs in gen lists:', sum(1 for o in gc.get_objects(2) if type(o) is Blob))
print('blobs anywhere:', sum(1 for o in gc.get_objects() if type(o) is Blob))
del keep
print('collect while frozen:', gc.collect())
print('blobs anywhere:', sum(1 for o in gc.get_objects() if type(o) is Blob))
print('counts after collect', gc.get_count())
fresh = [Blob(9)]
del fresh
print('fresh cycle collected:', gc.collect())
gc.unfreeze()
print('freeze count after unfreeze:', gc.get_freeze_count())
print('now collectable:', gc.collect())
print('blobs anywhere:', sum(1 for o in gc.get_objects() if type(o) is Blob))
gc.freeze()
gc.freeze()
print('double freeze ok', gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())
