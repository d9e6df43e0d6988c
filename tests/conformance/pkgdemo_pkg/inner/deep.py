print("deep", __name__, __package__)
from .. import util
from ..util import double
from . import sibling
DEEP = double(sibling.S)
