# The types module: the built-in types by name, SimpleNamespace,
# new_class/resolve_bases, GenericAlias used as a __class_getitem__.
import types
names = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "CellType", "GeneratorType", "MethodType",
         "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType",
         "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType", "TracebackType", "FrameType",
         "GetSetDescriptorType", "MemberDescriptorType", "GenericAlias", "UnionType", "EllipsisType", "NoneType",
         "NotImplementedType", "SimpleNamespace"]
for n in names:
    print(n, getattr(types, n).__name__)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), type(ns).__name__, vars(ns))
try:
    types.SimpleNamespace({"q": 2}, r=3)
except TypeError as e:
    print("TypeError", e)
ns.self = ns
print(ns)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, str) == dict[str])
C = types.new_class("C", (list[int],), {}, lambda ns: ns.update(x=1))
print(C.__bases__, C.x, C.__orig_bases__, types.resolve_bases((list[int], int)))
print(types.MappingProxyType({"a": 1})["a"], types.NoneType, types.EllipsisType)
class Box:
    __class_getitem__ = classmethod(types.GenericAlias)
print(Box[int], Box[int].__origin__ is Box)
try:
    hash(ns)
except TypeError:
    print("unhashable")
