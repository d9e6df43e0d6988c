# A folder without __init__.py is a namespace package: importable, with
# __path__ and no __file__, its submodules found in that folder.
import sys
import nsdemo_pkg.part.mod
import nsdemo_pkg
print(nsdemo_pkg.__name__, nsdemo_pkg.__file__, len(list(nsdemo_pkg.__path__)),
      nsdemo_pkg.part.__name__, nsdemo_pkg.part.mod.VALUE)
print(nsdemo_pkg.__package__, nsdemo_pkg.part.mod.__package__)
print(sorted(k for k in sys.modules if k.startswith('nsdemo_pkg')))
from nsdemo_pkg.part import mod as m2
print(m2 is nsdemo_pkg.part.mod, hasattr(nsdemo_pkg, 'part'))
try:
    import nsdemo_pkg.nothere
except ModuleNotFoundError as e:
    print(e)
