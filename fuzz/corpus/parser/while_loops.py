# while loops with break and continue
i = 0
while i < 10:
    i = i + 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
print("end", i)
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    steps = steps + 1
print("collatz steps", steps)
while False:
    print("never")
k = 3
while k:
    k = k - 1
print(k)
