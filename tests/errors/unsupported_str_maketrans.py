x = "abc"
print(x)
t = str.maketrans("a", "b")
