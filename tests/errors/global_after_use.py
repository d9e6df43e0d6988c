# a name used before its global declaration
count = 0
def f():
    print(count)
    global count
