"""The __future__ features CPython 3.11 accepts are no-ops (but bind their
_Feature objects); without the annotations feature, annotations are
evaluated."""
from __future__ import generator_stop, division, absolute_import
from __future__ import (nested_scopes, generators, with_statement, print_function,
                        unicode_literals)
import __future__


def f(x: int, y: 'str' = 'a') -> list:
    return [x]


print(f.__annotations__)
print(generator_stop, division is __future__.division, absolute_import.compiler_flag)
print(__future__.all_feature_names)
print(__future__.__all__)
print(__future__.annotations, __future__.annotations.getOptionalRelease(),
      __future__.annotations.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
print(sorted(k for k in vars(__future__) if k.startswith('CO_')))
print(print_function.mandatory, unicode_literals.optional)


def gen():
    yield 1
    raise StopIteration


try:
    list(gen())
except RuntimeError as e:
    print('RuntimeError', e)
