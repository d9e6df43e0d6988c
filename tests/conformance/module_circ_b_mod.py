# helper of module_circular_getattr: reads its partner while it is still running
import module_circ_a_mod
try:
    Y = module_circ_a_mod.X
except AttributeError as e:
    print("AttributeError", e)
    Y = 2
