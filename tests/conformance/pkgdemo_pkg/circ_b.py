from . import circ_a
B = "b"
