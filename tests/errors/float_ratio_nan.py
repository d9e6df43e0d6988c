x = float("nan")
print(x.hex())
n, d = x.as_integer_ratio()
