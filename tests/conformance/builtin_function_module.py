# __module__ of built-in functions: 'builtins', the module's name, None for a bound method
import math
import gc
import sys
print(len.__module__, print.__module__, math.sqrt.__module__, gc.collect.__module__, sys.getsizeof.__module__)
print([].append.__module__, dict.fromkeys.__module__, "".join.__module__, (1).__add__.__class__.__name__)
print(sorted(n for n in dir(len) if n in ("__module__", "__name__", "__qualname__", "__self__")))
print(set().__bool__ if hasattr(set(), "__bool__") else "no __bool__", bool(set()), bool({1}), bool(frozenset()), not frozenset([0]))
