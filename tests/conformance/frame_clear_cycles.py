# frame.clear() frees the locals a traceback keeps and breaks the cycle
# exception -> traceback -> frame -> local -> exception, with gc disabled.
import sys, gc, weakref
# breaking a traceback cycle
class Big:
    pass
def fail():
    big = Big()
    wr.append(weakref.ref(big))
    raise ValueError("x")
wr = []
gc.disable()
try:
    fail()
except ValueError as e:
    exc = e
tb = exc.__traceback__.tb_next
print(wr[0]() is not None)
while tb:
    tb.tb_frame.clear()
    tb = tb.tb_next
print("after clearing frames", wr[0]() is None)

def fail2():
    holder = Big()
    try:
        raise KeyError("k")
    except KeyError as e:
        holder.exc = e
    return holder
h = fail2()
w2 = weakref.ref(h)
fr2 = h.exc.__traceback__.tb_frame
del h
print("cycle alive", w2() is not None)
fr2.clear()
print("cycle broken", w2() is None)
gc.enable()
