class Pair(tuple):
    __slots__ = ('first',)
