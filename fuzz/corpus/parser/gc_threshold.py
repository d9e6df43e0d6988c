# gc.get_threshold / gc.set_threshold
import gc
print(gc.get_threshold())
gc.set_threshold(100, 5, 2)
print(gc.get_threshold())
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
t = gc.get_threshold()
print(type(t), len(t))
