# The names a module's dict starts with, in CPython 3.11's order: the
# script's __main__, a module imported from source, a built-in module
# (no __builtins__ there).  dir() at the top level lists them.
import gc
import module_dict_names_mod as m

print(dir())
print(list(globals()))
print(__package__, __spec__, __cached__, __annotations__, __name__)
print([k for k in vars(m) if k.startswith("__")])
print(repr(m.__package__))
print(list(vars(gc))[:5], "__builtins__" in vars(gc), repr(gc.__package__))
