data = bytearray(b"abc")
print(data.center(7, b"*"))
head, sep, tail = data.partition(b"")
