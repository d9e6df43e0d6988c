# an opening bracket that is never closed
x = 1
total = (1 + 2
print(total)
