# A hand-written record decorator: generated __init__, __repr__, __eq__,
# ordering via tuples, __hash__, defaults and frozen instances.


def record(*fields, frozen=False, **defaults):
    def deco(cls):
        def __init__(self, *args, **kw):
            if len(args) > len(fields):
                raise TypeError('%s() takes %d positional arguments but %d were given'
                                % (cls.__name__, len(fields), len(args)))
            values = dict(defaults)
            values.update(zip(fields, args))
            for k in kw:
                if k not in fields:
                    raise TypeError('%s() got an unexpected keyword argument %r' % (cls.__name__, k))
                if k in dict(zip(fields, args)):
                    raise TypeError('%s() got multiple values for argument %r' % (cls.__name__, k))
            values.update(kw)
            missing = [f for f in fields if f not in values]
            if missing:
                raise TypeError('missing: ' + ', '.join(missing))
            for f in fields:
                object.__setattr__(self, f, values[f])

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __repr__(self):
            inner = ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields)
            return '%s(%s)' % (type(self).__name__, inner)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        def __lt__(self, other):
            return astuple(self) < astuple(other)

        def __setattr__(self, name, value):
            if frozen:
                raise AttributeError("cannot assign to field '%s'" % name)
            object.__setattr__(self, name, value)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__lt__ = __lt__
        cls.__setattr__ = __setattr__
        if frozen:
            cls.__hash__ = lambda self: hash(astuple(self))
        cls.astuple = astuple
        return cls
    return deco


@record('x', 'y', 'z', z=0)
class Point:
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


@record('name', 'qty', frozen=True, qty=1)
class Item:
    pass


p = Point(1, 2)
print(p, p.norm1(), p == Point(1, 2, 0), p != Point(1, 2, 3), p == (1, 2, 0))
p.x = 10
print(p, Point.__hash__)
pts = sorted([Point(3, 1), Point(1, 5), Point(1, 2, z=9), Point(0, 0)])
print(pts)
print(max(pts), min(pts, key=lambda q: q.norm1()))
for bad in [lambda: Point(1, 2, 3, 4), lambda: Point(1, y=2, w=3), lambda: Point(1, x=2), lambda: Point()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
i = Item('bolt')
print(i, hash(i) == hash(Item('bolt', 1)), {i: 1}[Item('bolt')])
try:
    i.qty = 5
except AttributeError as e:
    print('AttributeError:', e)
print(len({Item('a'), Item('a'), Item('b', 2)}))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
