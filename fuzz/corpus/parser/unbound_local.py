# assignment anywhere in a function makes the name local everywhere in it
v = "global"
def f():
    print(v)
    v = "local"
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    return v
print(g())
def h(flag):
    if flag:
        w = 1
    return w
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
