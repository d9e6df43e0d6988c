# Modules as CPython 3.11 looks attributes up in them: a missing name read
# while the module's body is still running (a circular import) says so;
# after the import it is a plain AttributeError; a module-level
# __getattr__ (PEP 562) answers what the module lacks, and getattr() with
# a default and hasattr() go through it.
import module_circ_a_mod
import module_pep562_mod as m

print(module_circ_a_mod.late(), module_circ_a_mod.X)
try:
    module_circ_a_mod.missing
except AttributeError as e:
    print("AttributeError", e)
print(m.KNOWN, m.dyn_abc, getattr(m, "dyn_x", None), getattr(m, "other", "default"), hasattr(m, "nope"))
print(m.log)
try:
    m.really_missing
except AttributeError as e:
    print("AttributeError", e)
from module_pep562_mod import dyn_imported
print(dyn_imported, m.log[-1])
try:
    from module_pep562_mod import absent
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], m.log[-1])
print(dir(m), m.__dir__())
