# In a function body an annotation is never evaluated (CPython 3.11), but
# a simple annotated name is still a local of the function, with or
# without a value; an attribute or subscript target without a value has
# its object evaluated, and nothing else.
log = []

def note(tag, value=None):
    log.append(tag)
    return value

def f():
    a: note('annotation a') = note('value a', 1)
    b: note('annotation b')
    (c): note('annotation c') = note('value c', 3)
    return a, c

print(f(), log)
log.clear()

def g():
    b: note('never')
    return b
try:
    g()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
print(g.__code__.co_varnames, log)

count = 10
def h():
    count: int
    try:
        return count
    except UnboundLocalError as e:
        return 'unbound: ' + str(e)
print(h())

def attr_targets(o, d):
    note('object', o).x: note('attr annotation', int)
    note('dict', d)[note('key', 'k')]: note('subscript annotation', int)
    o.y: note('attr annotation 2', int) = note('attr value', 2)
    return vars(o), d
class O:
    pass
print(attr_targets(O(), {}), log)
log.clear()

def annotations_of_locals():
    x: int = 5
    return locals()
print(annotations_of_locals())

def no_dunder():
    v: int = 1
    return '__annotations__' in locals()
print(no_dunder())

def closure_use():
    T = int
    def inner():
        x: T = 1
        return x
    return inner
fn = closure_use()
print(fn(), fn.__code__.co_freevars)

# a generator and a nested class inside a function
def gen():
    item: note('gen annotation') = 1
    yield item
print(list(gen()), log)

def make_class():
    class K:
        attr: note('class in function', int) = 1
    return K
print(make_class().__annotations__, log)
