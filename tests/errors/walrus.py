# assignment expressions are outside the subset
x = [1, 2]
if (n := len(x)) > 1:
    print(n)
