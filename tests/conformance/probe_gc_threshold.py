# Probing program (issue 13): get/set_threshold argument forms and errors, enable/disable
import gc
old = gc.get_threshold()
print(old)
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print("TE", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TE", e)
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_debug())
