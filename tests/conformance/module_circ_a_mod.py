# helper of module_circular_getattr: imports its partner before defining X
import module_circ_b_mod
X = 1

def late():
    return module_circ_b_mod.Y
