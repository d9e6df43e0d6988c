class P:
    pass
p = P()
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, p), object.__lt__(p, p))
print(p.__eq__(1), p.__ne__(1), p.__hash__() == hash(p), p.__str__() == p.__repr__(), p.__format__("") == str(p))
try:
    p.__format__("x")
except TypeError as e:
    print("TypeError", e)
print(P.__init__ is object.__init__, P.__new__ is object.__new__, P.__setattr__ is object.__setattr__)
print(p.__class__ is P, P.__class__ is type, object.__class__ is type, type.__class__ is type)
print(p.__dir__() is not None, "__dict__" in dir(p), sorted(set(dir(P)) - set(dir(object))))
print(P.__subclasshook__(int), P.__init_subclass__(), object.__sizeof__(p) > 0)
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(p, 5)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError", e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print("TypeError", e)
object.__setattr__(p, "z", 3)
print(p.z, object.__getattribute__(p, "z"), vars(p))
object.__delattr__(p, "z")
print(vars(p))
try:
    object.__delattr__(p, "z")
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
p.__dict__ = {"new": 1}
print(p.new)
