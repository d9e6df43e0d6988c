# global and nonlocal across levels; UnboundLocalError; module counters.
counter = 0
registry = {}


def bump(n=1):
    global counter
    counter += n
    return counter


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


@register('twice')
def twice(x):
    return 2 * x


def outer():
    level = 0

    def middle():
        nonlocal level
        level += 1

        def inner():
            nonlocal level
            level += 10
            global counter
            counter += 100
            return level
        return inner()
    return middle(), level


print(bump(), bump(5), outer(), counter, sorted(registry), registry['twice'](4))


def broken():
    try:
        print(counter)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    counter = 5
    return counter


print(broken(), counter)


def late():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    value = 'now bound'
    return inner()


print(late())


def deleter():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError: %s' % e


print(deleter())
try:
    del undefined_global
except NameError as e:
    print('NameError:', e)


def make_global():
    global created_later
    created_later = 'created'


make_global()
print(created_later, 'created_later' in globals(), sorted(k for k in globals() if k.startswith('c')))
g = globals()
g['dynamic'] = 42
print(dynamic, twice.__globals__ is g, outer.__code__.co_cellvars, bump.__code__.co_names)
