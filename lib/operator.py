# operator -- gclab's operator module: every function and the itemgetter,
# attrgetter and methodcaller types come from the C module _operator
# (modules/mod_operator.c), as CPython 3.11's Lib/operator.py takes them
# from its _operator; this file adds __all__ and the dunder aliases
# (operator.__add__ is operator.add).

_abs = abs

from _operator import (
    abs, add, and_, attrgetter, call, concat, contains, countOf, delitem,
    eq, floordiv, ge, getitem, gt, iadd, iand, iconcat, ifloordiv, ilshift,
    imatmul, imod, imul, index, indexOf, inv, invert, ior, ipow, irshift,
    is_, is_not, isub, itemgetter, itruediv, ixor, le, length_hint, lshift,
    lt, matmul, methodcaller, mod, mul, ne, neg, not_, or_, pos, pow,
    rshift, setitem, sub, truediv, truth, xor,
)

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
    'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
    'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
    'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
    'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul',
    'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
    'truediv', 'truth', 'xor',
]

__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__eq__ = eq
__floordiv__ = floordiv
__ge__ = ge
__getitem__ = getitem
__gt__ = gt
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imatmul__ = imatmul
__imod__ = imod
__imul__ = imul
__index__ = index
__inv__ = inv
__invert__ = invert
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
__le__ = le
__lshift__ = lshift
__lt__ = lt
__matmul__ = matmul
__mod__ = mod
__mul__ = mul
__ne__ = ne
__neg__ = neg
__not__ = not_
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__setitem__ = setitem
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
