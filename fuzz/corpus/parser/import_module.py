# import m: module objects, attributes, module-level state, single loading
import shapes_mod
import shapes_mod
print(shapes_mod.PI, shapes_mod.area(2), shapes_mod.Square(3).area())
print(shapes_mod.bump(), shapes_mod.bump(), shapes_mod.count)
shapes_mod.PI = 4
print(shapes_mod.area(1))
print(type(shapes_mod))
