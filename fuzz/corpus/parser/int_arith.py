# int arithmetic: + - * / // % ** and precedence
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(2 ** 10, 3 ** 0, (-2) ** 3, -2 ** 2)
print(10 / 2, 7 / 7, 1 / 3)
print(1 + 2 * 3 - 4 // 3, (1 + 2) * 3)
print(a * -1, -a, +a, - -a)
x = 0
for i in range(100):
    x = x + i * i
print(x)
print(2 ** -1, 10 ** 18)
print(0x10 + 0xff, 0xDEAD)
