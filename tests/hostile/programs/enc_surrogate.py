x = 1

# í €
print(x)
