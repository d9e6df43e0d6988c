# dict(**kw) builds no keyword dict in CPython 3.11 (dict_vectorcall sets
# the keywords on the new dict): right after a full collection, which
# empties the free lists, it moves gc.get_count() by the new dict alone.
# (Found by the differential fuzzer, seed 90008.)
import gc
def delta(f):
    gc.collect()
    c0 = gc.get_count()[0]
    r = f()
    c1 = gc.get_count()[0]
    return c1 - c0, r
print(delta(lambda: dict(a=1)))
print(delta(lambda: dict({1: 2}, b=3)))
print(delta(lambda: dict([(1, 2)], x=[])))
print(delta(lambda: dict(a=[1], b=(2,))))
try:
    dict(1, 2, a=3)
except TypeError as e:
    print('TypeError', e)
