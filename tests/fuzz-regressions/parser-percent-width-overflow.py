data = b"%d items" % 3
print(data)
line = b"%6666666666666666666666666s=%d" % ("key", 1)
