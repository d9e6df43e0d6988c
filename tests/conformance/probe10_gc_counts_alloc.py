import gc
gc.disable()
gc.collect()
c0 = gc.get_count()[0]
l = [[] for i in range(10)]
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
d = {}
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
t = (1, 2, 3)
print(gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
del l
print(gc.get_count()[0] - c0)
gc.collect(0)
print(gc.get_count()[0])
gc.enable()
