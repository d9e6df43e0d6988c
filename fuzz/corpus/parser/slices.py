# slices with start, stop, step on list, tuple, str
l = list(range(10))
t = tuple(l)
s = "0123456789"
for seq in [l, t, s]:
    print(seq[2:7], seq[::3], seq[::-1], seq[-2:], seq[:-8], seq[7:2:-2])
print(l[3:3], l[8:100], l[-100:-8], t[5:1])
i = 2
j = 6
print(l[i:j], l[i + 1:j * 2:2], s[i:])
try:
    print(l[::0])
except ValueError as e:
    print("ValueError:", e)
copy = l[:]
copy[0] = "x"
print(l[0], copy[0], copy is l)
