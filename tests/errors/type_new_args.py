class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases)


class C(metaclass=M):
    pass
