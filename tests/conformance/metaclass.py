# Metaclasses and class keyword arguments: __prepare__, __new__, __init__,
# __call__, metaclass derivation, __init_subclass__(**kw), __set_name__,
# type(name, bases, ns), attributes of the metaclass seen from the class.
log = []


class Meta(type):
    counter = 0

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(('prepare', mcs.__name__, name, len(bases), sorted(kw)))
        return {'injected': name.lower()}

    def __new__(mcs, name, bases, ns, **kw):
        log.append(('new', mcs.__name__, name, sorted(k for k in ns if not k.startswith('__')), sorted(kw)))
        cls = super().__new__(mcs, name, bases, ns)
        cls.made_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name, sorted(kw)))
        super().__init__(name, bases, ns)
        Meta.counter += 1

    def describe(cls):
        return 'class %s made by %s' % (cls.__name__, cls.made_by)

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base:
    def __init_subclass__(cls, flag=0, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
        log.append(('init_subclass', cls.__name__, flag))


class C(Base, metaclass=Meta, flag=1):
    x = 10

    def method(self):
        return self.x + 1


for entry in log:
    print(entry)
del log[:]
print(type(C) is Meta, isinstance(C, Meta), isinstance(C, type), Meta.counter)
print(C.injected, C.flag, C.made_by, C.describe(), C.upper_name)
c = C()
print(c.method(), c.flag, hasattr(c, 'describe'), hasattr(c, 'upper_name'), hasattr(C, 'describe'))
print(Meta.__mro__ == (Meta, type, object), type(Meta) is type, Meta.__base__ is type)


# the metaclass is inherited by subclasses
class D(C, flag=2):
    pass


for entry in log:
    print(entry)
del log[:]
print(type(D).__name__, D.flag, D.describe(), Meta.counter)

# most derived metaclass wins
class SubMeta(Meta):
    pass


class E(D, metaclass=SubMeta):
    pass


print(type(E).__name__, [e[0] for e in log])
del log[:]


class F(metaclass=Meta):
    pass


class G(F, E):   # type(E) is SubMeta, a subclass of Meta: SubMeta wins
    pass


print(type(G).__name__, G.__mro__[1].__name__)
del log[:]

# metaclass conflict
class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Bad(A1, A2):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    type('Bad2', (A1, A2), {})
except TypeError as e:
    print('TypeError:', e)


# __call__ on the metaclass: a singleton
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if 'instance' not in cls.__dict__:
            cls.instance = super().__call__(*args, **kwargs)
        return cls.instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


# a metaclass __call__ that bypasses __init__
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj


class P(metaclass=NoInit):
    def __init__(self):
        raise RuntimeError('not called')


print(P(1, 2).args)


# __prepare__ returning a dict subclass that records the definition order
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        dict.update(self, {key: value})


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = ns.order
        return cls


class Rec(metaclass=Ordered):
    b = 1
    a = 2
    b = 3

    def z(self):
        pass


print(Rec.order, Rec.b)


# __prepare__ returning a mapping that is not a dict
class Upper:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v


class UpperMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Upper()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, {k.upper() if not k.startswith('__') else k: v
                                                  for k, v in ns.d.items()})


class U(metaclass=UpperMeta):
    value = 3
    other = value + 1


print(U.VALUE, U.OTHER, hasattr(U, 'value'))

try:
    class Q(metaclass=UpperMeta):
        del missing
except NameError as e:
    print('NameError:', e)


# type(name, bases, ns) and type.__new__ from a function metaclass
def func_meta(name, bases, ns, **kw):
    ns['kw'] = kw
    return type(name, bases, ns)


class FM(metaclass=func_meta, a=1):
    pass


print(type(FM) is type, FM.kw, FM.__name__)
T = type('T', (Base,), {'y': 5})
print(T.y, T.flag, T.__module__, T.__mro__[1].__name__)
T2 = Meta('T2', (), {'z': 1})
print(type(T2).__name__, T2.z, T2.made_by, [e[0] for e in log])
del log[:]


# __set_name__ still runs, with the metaclass in place
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name, type(owner).__name__)


class WithField(metaclass=Meta):
    f = Field()


del log[:]


# __init_subclass__ keyword errors
try:
    class K(flag=1):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class K2(Base, flag=1, other=2):
        pass
except TypeError as e:
    print('TypeError:', e)


# __class_getitem__ is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, item.__name__)


print(Box[int])
try:
    C[int]
except TypeError as e:
    print('TypeError:', e)


# __getattr__ on the metaclass: for its classes only
class Dyn(type):
    def __getattr__(cls, name):
        return 'dyn_' + name


class WithDyn(metaclass=Dyn):
    x = 1


print(WithDyn.x, WithDyn.y, WithDyn.__name__)
try:
    WithDyn().y
except AttributeError as e:
    print('AttributeError:', e)
