# Probing program (issue 13, round 3): gc.get_referents of a frame object
import gc, sys
def getf():
    return sys._getframe()
def live():
    return [type(r).__name__ for r in gc.get_referents(sys._getframe())]
print([type(r).__name__ for r in gc.get_referents(getf())])
print(live())
