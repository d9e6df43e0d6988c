# an indented line where no block is open
x = 1
    y = 2
print(x)
