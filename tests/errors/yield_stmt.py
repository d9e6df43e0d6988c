# generators are outside the subset
def gen():
    x = 1
    yield x
print(list(gen()))
