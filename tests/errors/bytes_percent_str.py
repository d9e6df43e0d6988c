data = b"%d items" % 3
print(data)
line = b"%s=%d" % ("key", 1)
