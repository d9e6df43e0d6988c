# Packages: a folder with __init__.py, its submodules and sub-packages,
# `import a.b`, `import a.b as c`, `from a.b import c`, relative imports
# inside the package, the names a package module gets.
import sys
import pkgdemo_pkg.sub
print(pkgdemo_pkg.sub.RESULT, pkgdemo_pkg.VALUE, pkgdemo_pkg.double(4))
print(type(pkgdemo_pkg).__name__, pkgdemo_pkg.__name__, pkgdemo_pkg.sub.__name__)
print('sub' in dir(pkgdemo_pkg), 'inner' in dir(pkgdemo_pkg), pkgdemo_pkg.inner.deep.DEEP)
print([k for k in vars(pkgdemo_pkg) if k.startswith('__')])
print([k for k in vars(pkgdemo_pkg.util) if k.startswith('__')])
print(pkgdemo_pkg.__package__, pkgdemo_pkg.util.__package__, pkgdemo_pkg.inner.__package__,
      pkgdemo_pkg.inner.deep.__package__)
print(type(pkgdemo_pkg.__path__).__name__, len(pkgdemo_pkg.__path__),
      pkgdemo_pkg.__path__[0].endswith('pkgdemo_pkg'), pkgdemo_pkg.__file__.endswith('__init__.py'),
      pkgdemo_pkg.util.__file__.endswith('util.py'))
print(hasattr(pkgdemo_pkg.util, '__path__'))

import pkgdemo_pkg.inner.deep as d
print(d.__name__, d.DEEP, d is sys.modules['pkgdemo_pkg.inner.deep'])
from pkgdemo_pkg.inner import sibling, deep
print(sibling.S, deep is d)
from pkgdemo_pkg import inner as i2, util as u2
print(i2.__name__, u2.double(5))
import pkgdemo_pkg.inner, pkgdemo_pkg
print(pkgdemo_pkg.inner.sibling.S)
print(sorted(k for k in sys.modules if k.startswith('pkgdemo_pkg')))

# a module whose body raises is not left in sys.modules (nor bound)
for attempt in range(2):
    try:
        import pkgdemo_pkg.broken
    except ValueError as e:
        print('ValueError', e, 'pkgdemo_pkg.broken' in sys.modules, hasattr(pkgdemo_pkg, 'broken'))

# a circular import between two submodules
from pkgdemo_pkg import circ_a
print(circ_a.A, circ_a.circ_b.B, circ_a.circ_b.circ_a is circ_a)

# __import__ as the statement calls it
print(__import__('pkgdemo_pkg.inner.deep').__name__)
print(__import__('pkgdemo_pkg.inner.deep', fromlist=['DEEP']).__name__)
print(__import__('pkgdemo_pkg.inner', fromlist=['sibling', 'nothere']).__name__)
print(__import__('inner', globals=vars(pkgdemo_pkg), level=1).__name__)
print(__import__('inner.deep', globals=vars(pkgdemo_pkg), level=1).__name__)
print(__import__('', globals=vars(pkgdemo_pkg.inner.deep), fromlist=['sibling'], level=1).__name__)
print(__import__('util', globals={'__name__': 'pkgdemo_pkg.inner.deep'}, level=2).__name__)
print(__import__('util', globals={'__package__': 'pkgdemo_pkg'}, fromlist=['x'], level=1).__name__)
