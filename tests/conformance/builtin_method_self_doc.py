# Built-in functions' __self__/__module__ (len.__self__ is the builtins module)
# and the descriptors' own __doc__ (a getset's docstring or None).
import gc
class A:
    pass
class S:
    __slots__ = ('x',)
def g():
    yield 1
gen_t = type(g())
for name, d in [('int.real', int.real), ('int.imag', int.__dict__['imag']), ('int.numerator', int.numerator),
                ('float.real', float.real), ('object.__class__', object.__dict__['__class__']),
                ('BaseException.__cause__', BaseException.__cause__), ('BaseException.__context__', BaseException.__context__),
                ('BaseException.args', BaseException.args), ('gen.__name__', gen_t.__name__ if False else gen_t.__dict__['__name__']),
                ('gen.gi_yieldfrom', gen_t.gi_yieldfrom), ('gen.gi_running', gen_t.__dict__['gi_running']),
                ('A.__dict__', A.__dict__['__dict__']), ('A.__weakref__', A.__dict__['__weakref__']),
                ('S.x', S.__dict__['x'])]:
    print(name, type(d).__name__, d.__doc__)
l = []
for name, f in [('len', len), ('[].append', l.append), ('list.append', list.append), ('dict.fromkeys', dict.fromkeys),
                ('dict.__dict__.fromkeys', dict.__dict__['fromkeys']), ('gc.collect', gc.collect), ('(1).__add__', (1).__add__)]:
    s = f.__self__ if hasattr(f, '__self__') else 'no __self__'
    if type(s).__name__ == 'module':
        s = 'module ' + s.__name__
    elif isinstance(s, type):
        s = 'type ' + s.__name__
    print(name, type(f).__name__, s, f.__module__ if hasattr(f, '__module__') else 'no __module__', type(f.__doc__).__name__)
print(len.__self__ is __import__('builtins'), gc.collect.__self__ is gc, l.append.__self__ is l)
print(gc.is_tracked(len), len.__module__, abs.__module__, gc.collect.__module__, gc.collect.__self__)
import builtins
print(builtins, builtins.__name__)
