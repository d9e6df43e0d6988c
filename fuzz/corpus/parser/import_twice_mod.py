# helper module for import_state.py: imports another helper itself
import shapes_mod
value = shapes_mod.area(10)
