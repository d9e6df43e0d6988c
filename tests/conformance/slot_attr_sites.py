# __slots__ members read and written at the same sites again and again:
# an empty slot, a deleted one, a subclass adding slots, a property put
# over a slot on the class, and a slot descriptor moved to another class.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x):
        P.__init__(self, x)
        self.z = -x


def get_x(o):
    return o.x


def set_y(o, v):
    o.y = v


def get_y(o):
    try:
        return o.y
    except AttributeError as e:
        return 'AttributeError: ' + str(e)


out = []
objs = [P(1), P(2), Q(3), P(4)]
for r in range(5):
    for o in objs:
        out.append(get_x(o))
        out.append(get_y(o))
        set_y(o, (r, get_x(o)))
    if r == 1:
        del objs[0].y
    if r == 2:
        saved = P.__dict__['x']
        P.x = property(lambda self: 'px')
    if r == 3:
        P.x = saved
print(out)


class Other:
    pass


Other.y = Q.__dict__['z']
try:
    get_y(Other())
except TypeError as e:
    print('TypeError', e)
