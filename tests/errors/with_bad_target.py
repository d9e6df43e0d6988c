x = 1
with open("f") as f():
    pass
