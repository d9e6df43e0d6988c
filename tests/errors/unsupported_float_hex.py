x = 1.5
print(x)
s = x.hex()
