from collections import namedtuple

Point = namedtuple('Point', 'x y z')
p = Point(1)
