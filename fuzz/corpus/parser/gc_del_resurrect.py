# a __del__ that stores self resurrects the object; __del__ runs only once
import gc
gc.disable()
graveyard = []
class Phoenix:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("finalizing", self.n)
        graveyard.append(self)
p = Phoenix(1)
del p
print(len(graveyard), graveyard[0].n)
graveyard.clear()
print("cleared, no second __del__")
q = Phoenix(2)
q.self = q
del q
print(gc.collect())
print(len(graveyard))
graveyard[0].self = None
graveyard.clear()
print(gc.collect())
print("end")
