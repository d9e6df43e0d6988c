x = 2**64
b = x.to_bytes(9, "big")
print(b)
y = (-x).to_bytes(8, "little", signed=True)
