n = int.from_bytes(b"\x01\x02", "big")
print(n)
m = int.from_bytes(b"\x01", byteorder="middle")
