# global statements, module namespace, NameError/UnboundLocalError texts
counter = 0
def bump():
    global counter
    counter += 1
def make_new():
    global brand_new
    brand_new = 'created'
bump(); bump()
make_new()
print(counter, brand_new, 'brand_new' in globals())
def reader():
    return counter
def shadowing():
    counter = 100
    return counter
print(reader(), shadowing(), counter)
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
broken()
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
def deleter():
    global brand_new
    del brand_new
deleter()
try:
    brand_new
except NameError as e:
    print("NameError", e)
try:
    deleter()
except NameError as e:
    print("NameError", e)
try:
    del never_defined
except NameError as e:
    print("NameError", e)
def local_del():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
local_del()
try:
    prnt('x')
except NameError as e:
    print("NameError", e)
g = globals()
g['dynamic'] = 5
print(dynamic, sorted(k for k in g if not k.startswith('__'))[:4])
for i in range(2):
    pass
print(i, 'i' in globals())
class K:
    counter = 'class attr'
    def m(self):
        return counter
print(K().m(), K.counter)
