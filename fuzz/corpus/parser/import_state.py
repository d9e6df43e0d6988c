# modules are executed once and shared between importers
import import_twice_mod
import shapes_mod
print(import_twice_mod.value)
print(import_twice_mod.shapes_mod is shapes_mod)
shapes_mod.bump()
print(import_twice_mod.shapes_mod.count)
