# gc.set_threshold parses its arguments as C ints, one after the other
# into the collector's state: what CPython rejects is rejected, and the
# thresholds before the bad argument are set.
import gc

before = gc.get_threshold()
for args in [(), (1, 2, 3, 4), ("a",), (1.5,), (None,), (2**31,), (2**40,),
             (-2**31 - 1,), (5, 2**31), (7, 8, -2**40)]:
    try:
        gc.set_threshold(*args)
        print(args, "accepted")
    except (TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
    print(gc.get_threshold())
    gc.set_threshold(*before)
try:
    gc.set_threshold(threshold0=1)
except TypeError as e:
    print(type(e).__name__, e)
gc.set_threshold(2**31 - 1, -2**31, 0)
print(gc.get_threshold())
gc.set_threshold(*before)
print(gc.get_threshold() == before)
