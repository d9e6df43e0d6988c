# annotating a tuple of targets
x = 1
a, b: int = 1, 2
