# gc.enable / gc.disable / gc.isenabled
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()
junk = []
for i in range(5000):
    a = []
    b = [a]
    a.append(b)
    junk = a
print(gc.isenabled(), gc.collect() >= 9998)
gc.enable()
print(gc.isenabled())
