# Variable annotations at module and class level as CPython 3.11 runs them:
# __annotations__ made by the body (SETUP_ANNOTATIONS), simple names
# stored, parenthesised names, attributes and subscripts evaluated and
# not stored, the assignment done before the annotation is evaluated.
log = []

def note(tag, value=None):
    log.append(tag)
    return value

x: int = 3
y: str
print(x, 'y' in globals())
print(__annotations__)
print(__annotations__ is globals()['__annotations__'])
(z): note('paren annotation', float) = note('paren value', 4)
print(log, z, 'z' in __annotations__)
log.clear()

class NS:
    pass
ns = NS()
ns.attr: note('attr annotation', int) = note('attr value', 5)
print(log, ns.attr)
log.clear()
note('target object', ns).other: note('bare attr annotation', int)
print(log, hasattr(ns, 'other'))
log.clear()
d = {}
note('subscript object', d)[note('key', 'k')]: note('subscript annotation', int)
print(log, d)
log.clear()
d[note('key', 'k')]: note('subscript annotation', int) = note('value', 7)
print(log, d)
log.clear()
lst = [0, 1, 2, 3]
lst[note('lo', 1):note('hi', 3):note('step', 1)]: note('slice annotation', int)
print(log)
log.clear()
print(__annotations__)

# annotations in nested blocks of the module
for i in range(2):
    loop_var: note('loop %d' % i, int) = i
if True:
    in_if: 'if'
try:
    in_try: 'try' = 1
finally:
    pass
print(log)
print(__annotations__)
log.clear()

class Point:
    """A point."""
    x: int = 0
    y: int = 0
    label: str
    __private: 'mangled'
    (paren): note('class paren', int) = 5
    if True:
        nested: 'in if'
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

print(log)
print(Point.__annotations__)
print([k for k in Point.__dict__ if not k.startswith('__') or k in ('__annotations__', '__doc__', '__module__')])
print(list(Point.__dict__)[:4])
print(Point().norm(), Point.x, hasattr(Point, 'label'))

class NoAnnotations:
    a = 1
print('__annotations__' in NoAnnotations.__dict__)
print(NoAnnotations.__annotations__)
print('__annotations__' in NoAnnotations.__dict__)

class Child(Point):
    z: int = 3
print(Child.__annotations__)
class Child2(Point):
    pass
print(Child2.__annotations__)

# a class body whose namespace already has __annotations__ keeps it
class Pre:
    __annotations__ = {'given': 1}
    q: int
print(Pre.__annotations__)

# the annotation is evaluated after the assignment, and its error stops the statement
try:
    w: undefined_annotation = note('assigned first', 9)
except NameError as e:
    print('NameError:', e)
print(log[-1], w)
print(sorted(__annotations__))
