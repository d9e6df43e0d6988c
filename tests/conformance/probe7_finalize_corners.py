# weakref.finalize corners: kwargs, call twice, detach, peek, atexit
import weakref, gc

class R:
    pass

def report(*args, **kw):
    print("report", args, sorted(kw.items()))
    return len(args)

r = R()
f = weakref.finalize(r, report, 1, 2, k='v')
print(f.alive, f.atexit)
print(f.peek()[1] is report, f.peek()[2], f.peek()[3])
print(f(), f(), f.alive)
print(f.peek(), f.detach())
r2 = R()
f2 = weakref.finalize(r2, report, 'x')
det = f2.detach()
print(det[0] is r2, det[1] is report, det[2], det[3], f2.alive)
del r2, det
gc.collect()
print("after r2 gone")
r3 = R()
f3 = weakref.finalize(r3, report, 'three')
f3.atexit = False
print(f3.atexit)
try:
    weakref.finalize(5, report)
except TypeError as e:
    print("TypeError", e)
r4 = R()
f4 = weakref.finalize(r4, report, 'four')
del r4
gc.collect()
print(f4.alive, f4.peek())
f3.atexit = True
r5 = R()
weakref.finalize(r5, print, "at exit five")
weakref.finalize(r3, print, "at exit three-b")
print("end")
