# Probing program (issue 13, round 3): global statement semantics and mutable default arguments
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created
    created = "yes"
try:
    print(created)
except NameError as e:
    print("NameError", e)
make_global()
print(created)
def read_only():
    return counter + 100
print(read_only())
def local_shadow():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
local_shadow()
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app(3, []), app(4))
print(app.__defaults__)
def dflt_eval(n=print("defaults evaluated once") or 5):
    return n
print(dflt_eval(), dflt_eval())
def kwonly(a, *, b=[], c):
    b.append(a)
    return b, c
print(kwonly(1, c=2), kwonly(2, c=3), kwonly.__kwdefaults__)
app.__defaults__ = ([],)
print(app(9))
def nodef(a, b):
    return a + b
nodef.__defaults__ = (10,)
print(nodef(1))
try:
    nodef()
except TypeError as e:
    print("TypeError", e)
x = "module"
def inner_global():
    x = "local"
    def g():
        global x
        return x
    return g()
print(inner_global())
def del_global():
    global counter
    del counter
del_global()
try:
    counter
except NameError as e:
    print("NameError", e)
print("created" in globals(), "counter" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
