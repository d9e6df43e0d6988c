# global statement: assigning module variables from functions
count = 0
def bump():
    global count
    count = count + 1
def read():
    return count
bump()
bump()
print(count, read())
def make():
    global created
    created = "yes"
make()
print(created)
total = 100
def shadow():
    total = 1
    return total
print(shadow(), total)
def both():
    global a_, b_
    a_ = 1
    b_ = 2
both()
print(a_ + b_)
