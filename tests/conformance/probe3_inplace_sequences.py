# Probing program (issue 13, round 3): in-place *= and += on lists, bytearrays, deques, sets and dicts keep the object
a = [1, 2]; b = a; a *= 2; print(b, a is b)
a = [1]; b = a; a += [2]; print(b, a is b)
a = bytearray(b"x"); b = a; a *= 3; print(b, a is b)
a = bytearray(b"x"); b = a; a += b"y"; print(b, a is b)
from collections import deque
a = deque([1]); b = a; a *= 2; print(b, a is b)
a = deque([1]); b = a; a += [2]; print(b, a is b)
class L(list): pass
a = L([1]); b = a; a *= 2; print(b, a is b, type(a).__name__)
a = [1]; a *= 0; print(a); a = [1, 2]; b = a; a *= -1; print(b, a is b)
try:
    a = [1]; a *= "x"
except TypeError as e: print(e)
s = {1}; t = s; s |= {2}; print(t, s is t)
s = {1, 2}; t = s; s -= {2}; print(t); s &= {1}; s ^= {3}; print(t, s is t)
d = {1: 2}; e = d; d |= {3: 4}; print(e, d is e)
from collections import deque
d = deque([1, 2])
for f in [lambda: d + deque([3]), lambda: d * 2, lambda: 2 * d, lambda: d + [3]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
d = deque([1, 2, 3], maxlen=5)
e = d
d *= 3
print(d, e is d)
d = deque([1, 2]); d *= 0; print(d)
d = deque([1, 2]); d += "ab"; print(d)
d = deque([1, 2]); d += d; print(d)
d = deque([7]); d *= 3; print(d, deque([1, 2], maxlen=3) * 2)
try:
    d *= "x"
except TypeError as e:
    print("TypeError", e)
try:
    d * 1.5
except TypeError as e:
    print("TypeError", e)
