# bitwise operators on ints, including negatives
a = 12
b = 10
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(1 << 10, 1 << 62, 1024 >> 3, -1024 >> 3, -1 >> 5)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(0xff & 0x0f, 0xf0 | 0x0f)
mask = (1 << 32) - 1
h = 0
for c in range(50):
    h = ((h * 31) ^ c) & mask
print(h)
print(5 & 3 | 8, 5 ^ 3 & 1, 1 + 2 << 3)
