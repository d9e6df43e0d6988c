# Alternative constructors, __init_subclass__ with keywords, registries,
# staticmethods through instances and subclasses, classmethod chains.


class Unit:
    registry = {}

    def __init_subclass__(cls, symbol=None, factor=1.0, **kw):
        super().__init_subclass__(**kw)
        cls.symbol = symbol or cls.__name__.lower()
        cls.factor = factor
        Unit.registry[cls.symbol] = cls

    def __init__(self, value):
        self.value = value

    @classmethod
    def parse(cls, text):
        num, sym = text.split()
        sub = cls.registry.get(sym)
        if sub is None:
            raise KeyError(sym)
        if not issubclass(sub, cls):
            raise TypeError('%s is not a %s' % (sub.__name__, cls.__name__))
        return sub(float(num))

    @staticmethod
    def fmt(x):
        return '%.3g' % x

    def to_base(self):
        return self.value * self.factor

    def __repr__(self):
        return '%s %s' % (self.fmt(self.value), self.symbol)


class Length(Unit, symbol='m'):
    pass


class Km(Length, symbol='km', factor=1000.0):
    pass


class Inch(Length, factor=0.0254):
    pass


class Gram(Unit, symbol='g', factor=0.001):
    pass


print(sorted(Unit.registry))
print(Unit.parse('3 km'), Unit.parse('3 km').to_base())
print(Length.parse('12 inch').to_base())
try:
    Length.parse('5 g')
except TypeError as e:
    print('TypeError:', e)
try:
    Unit.parse('5 mile')
except KeyError as e:
    print('KeyError:', e)
k = Km(2)
print(k.fmt(1 / 3), Km.fmt(2 / 3), Unit.fmt(1e10))
print(type(Km.__dict__.get('fmt')), type(Unit.__dict__['fmt']).__name__, type(Unit.__dict__['parse']).__name__)
print(Unit.__dict__['parse'].__func__.__name__, Km.parse.__self__ is Km)
try:
    class Bad(Unit, colour='red'):
        pass
except TypeError as e:
    print('TypeError:', e)
print(Km.__mro__[1:3], Inch.symbol, Inch.factor)
print([c.__name__ for c in Length.__subclasses__()])
