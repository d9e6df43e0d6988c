x = 1e308 * 10
print(x)
n, d = x.as_integer_ratio()
