# dir() of an instance asks it for __dict__ and __class__ through its own
# __getattribute__ (object.__dir__): a failure leaves that part out, and a
# different __class__ lists that class's names.
class A:
    def __getattribute__(self, name):
        if name in ('__class__', '__dict__'):
            raise AttributeError('custom')
        return object.__getattribute__(self, name)
    def xa(self):
        pass
a = A()
a.yy = 1
print(dir(a))
class Other:
    def other_method(self):
        pass
class B:
    def __getattribute__(self, name):
        if name == '__class__':
            return Other
        return object.__getattribute__(self, name)
    def xa(self):
        pass
b = B()
b.yy = 1
names = dir(b)
print('xa' in names, 'yy' in names, 'other_method' in names)
class C:
    def __getattribute__(self, name):
        if name == '__dict__':
            return {'from_dict': 1}
        return object.__getattribute__(self, name)
c = C()
c.real_attr = 2
print('from_dict' in dir(c), 'real_attr' in dir(c))
class D:
    def __getattribute__(self, name):
        if name == 'x':
            raise AttributeError('custom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
print(D().x)
try:
    object.__getattribute__(D(), 'x')
except AttributeError as e:
    print(repr(e))
