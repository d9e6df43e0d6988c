# type(name, bases, dict) makes a class as a class statement does
T = type('T', (), {'x': 1, '__init__': lambda self, v: setattr(self, 'v', v), '__repr__': lambda self: 'T(%r)' % self.v, '__len__': lambda self: 3})
t = T(5)
print(T, t, t.x, t.v, len(t), T.__name__, T.__module__)
S = type('S', (T,), {'__slots__': ('w',)})
s = S(1)
s.w = 2
print(S, s, s.w, isinstance(s, T))
