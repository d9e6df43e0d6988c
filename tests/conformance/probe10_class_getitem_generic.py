class Box:
    def __class_getitem__(cls, item):
        return ("Box", cls.__name__, item)
print(Box[int], Box[int, str], Box["x"])
class Sub(Box):
    pass
print(Sub[1])
try:
    Box()[1]
except TypeError as e:
    print("TypeError", e)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
class CM:
    @classmethod
    def __class_getitem__(cls, item):
        return "explicit cm " + cls.__name__
print(CM[0])
class Both:
    def __getitem__(self, k):
        return "instance " + str(k)
    def __class_getitem__(cls, k):
        return "class " + str(k)
print(Both[1], Both()[2])
class MetaGI(type):
    def __getitem__(cls, k):
        return "meta getitem"
class WithMeta(metaclass=MetaGI):
    def __class_getitem__(cls, k):
        return "class_getitem"
print(WithMeta[0])
