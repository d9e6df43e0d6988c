print("sub", __name__, __package__)
from . import VALUE
from .util import double
from .inner import deep
from .inner.deep import DEEP as D2
RESULT = double(VALUE) + deep.DEEP + D2
