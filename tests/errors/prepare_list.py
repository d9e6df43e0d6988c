class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return [name]


class C(metaclass=M):
    x = 1
