x = 1
class C:
    yield x
