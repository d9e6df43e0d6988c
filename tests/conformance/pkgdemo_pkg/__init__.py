# package for import_package / import_relative (not a program)
print("init", __name__, __package__, len(__path__))
VALUE = 10
from . import util
from .util import double
