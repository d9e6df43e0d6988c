# __text_signature__ and __doc__ of built-in functions and methods, as
# CPython 3.11 splits them from one internal docstring ("name(sig)\n--\n\n"
# then the docstring; None when the docstring has no signature): module
# functions, method descriptors, class methods and bound methods.
import gc
import math
import sys

objs = [len, isinstance, sorted, min, max, print, abs, repr, iter, next,
        getattr, hasattr, id, hash, divmod, pow, round, sum, any, all,
        callable, chr, ord, bin, hex, oct, format, vars, dir, setattr,
        delattr, issubclass, __build_class__, __import__,
        sys.getsizeof, sys.getrefcount, sys._getframe, gc.collect,
        gc.get_count, gc.get_referents, math.sqrt, math.isclose,
        list.append, list.pop, list.insert, list.sort, list.index,
        dict.get, dict.pop, dict.setdefault, dict.fromkeys, dict.update,
        dict.keys, str.split, str.join, str.replace, str.format,
        str.encode, str.startswith, str.strip, str.center, bytes.decode,
        bytes.hex, bytes.fromhex, int.to_bytes, int.from_bytes,
        int.bit_length, float.hex, float.fromhex, float.is_integer,
        set.add, set.union, frozenset.copy, tuple.index, tuple.count,
        object.__init_subclass__, object.__format__, object.__dir__,
        type.mro, type.__subclasses__, [].append, {}.get, ''.split,
        (1).bit_length, b''.hex, dict.fromkeys, {}.fromkeys,
        list.__len__, list.__contains__,
        object.__reduce__, list.__init__, bool.__new__, int.__new__]
for o in objs:
    sig = o.__text_signature__
    doc = o.__doc__
    print(o.__qualname__, repr(sig), repr(doc if doc is None else doc.split('\n')[0]))


class L(list):
    pass


print(L().append.__text_signature__, L.append.__text_signature__)
print(L().append.__doc__)
try:
    (lambda: 0).__text_signature__
except AttributeError as e:
    print('AttributeError', e)
