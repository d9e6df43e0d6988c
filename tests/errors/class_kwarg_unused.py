class Base:
    pass


class C(Base, flag=1):
    pass
