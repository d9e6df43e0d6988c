# difffuzz round 5: `in` on a class that set __contains__ = None or __iter__ = None (seed 50500015)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
class NoIter:
    __iter__ = None
class BadIter:
    def __iter__(self):
        return 5
for cls in (NoContains, NoIter, BadIter):
    for probe in (1, 'a'):
        try:
            print(probe in cls())
        except TypeError as e:
            print('TypeError', e)
        try:
            print(probe not in cls())
        except TypeError as e:
            print('TypeError', e)
