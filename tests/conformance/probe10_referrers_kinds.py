import gc
class T:
    pass
t = T()
holders = []
l = [t]
d = {"a": t}
dv = {t: 1}
tu = (t, 1)
s = {t}
class H:
    pass
h = H()
h.attr = t
for r in gc.get_referrers(t):
    if r is l:
        print("list")
    elif r is d:
        print("dict value")
    elif r is dv:
        print("dict key")
    elif r is tu:
        print("tuple")
    elif r is s:
        print("set")
    elif r is h.__dict__ or r is h:
        print("instance")
print(len([r for r in gc.get_referrers(t) if r is l or r is d or r is dv or r is tu or r is s]))
del l[0]
print(any(r is l for r in gc.get_referrers(t)))
