# from m import a, b binds names; rebinding them does not touch the module
from shapes_mod import area, Square, PI
import shapes_mod
print(area(1), Square(2).area(), PI)
PI = 100
print(area(1), shapes_mod.PI)
from shapes_mod import bump
bump()
print(shapes_mod.count)
