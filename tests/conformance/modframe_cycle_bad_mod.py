import sys

class Marker:
    pass

marker = Marker()
me = sys._getframe()
raise ValueError("bad module")
