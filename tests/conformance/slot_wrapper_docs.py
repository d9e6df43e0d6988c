# Slot wrappers (int.__add__, list.__len__, object.__init__...) and their
# bound method-wrappers carry their slot's docstring and text signature
# (CPython 3.11's slotdefs), not their type's __doc__; __qualname__ names
# the type as its __qualname__ does (deque.__len__).
import collections

pairs = [(int, '__add__'), (int, '__radd__'), (int, '__neg__'), (int, '__bool__'), (int, '__index__'), (int, '__pow__'),
         (int, '__rpow__'), (int, '__lt__'), (int, '__hash__'), (int, '__repr__'), (int, '__int__'), (int, '__float__'),
         (int, '__floordiv__'), (int, '__divmod__'), (int, '__lshift__'), (int, '__invert__'), (int, '__abs__'),
         (float, '__truediv__'), (float, '__rmod__'), (str, '__len__'), (str, '__getitem__'), (str, '__contains__'),
         (str, '__mod__'), (str, '__iter__'), (list, '__len__'), (list, '__setitem__'), (list, '__delitem__'),
         (list, '__iadd__'), (list, '__imul__'), (list, '__init__'), (list, '__eq__'), (tuple, '__mul__'),
         (tuple, '__rmul__'), (dict, '__or__'), (dict, '__ior__'), (dict, '__iter__'), (set, '__isub__'),
         (set, '__iand__'), (set, '__ixor__'), (set, '__sub__'), (object, '__init__'), (object, '__repr__'),
         (object, '__str__'), (object, '__ne__'), (object, '__ge__'), (bytes, '__getitem__'), (range, '__len__'),
         (type, '__call__'), (property, '__get__'), (property, '__set__'), (property, '__delete__'),
         (type(iter([])), '__next__'), (collections.deque, '__len__')]
for t, name in pairs:
    w = t.__dict__[name]
    print(type(w).__name__, w.__qualname__, repr(w.__doc__), w.__text_signature__)
print((1).__add__.__doc__, (1).__add__.__text_signature__, type((1).__add__).__name__)
print([].__len__.__doc__, {}.__iter__.__text_signature__, object().__init__.__doc__)
print(list.__len__.__doc__ == [].__len__.__doc__, int.__add__.__doc__ is not int.__doc__)
