import math
x = 27.0
print(x)
t = math.cbrt(x)
