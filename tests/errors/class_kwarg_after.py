class M(type):
    pass


class C(metaclass=M, object):
    pass
