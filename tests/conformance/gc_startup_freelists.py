# CPython's start-up leaves objects on its free lists (40 lists, 8 dicts,
# 4 floats and some tuples of each size on the reference machine), so a
# program's first lists, dicts, floats and tuples are reused ones and move
# gc.get_count() by nothing.  Each line prints how far count 0 moved while
# making a few of them (each kept alive), at the program's very start.
import gc

c = gc.get_count()[0]


def moved(tag):
    global c
    n = gc.get_count()[0]
    print(tag, n - c)
    c = gc.get_count()[0]


moved("start")
l1 = []
l2 = [[], [], [], []]
moved("five lists")
d1 = {}
d2 = {"k": {}}
d3 = {"a": 1, "b": 2}
moved("four dicts")
t2 = (c, c)
t7 = (c, c, c, c, c, c, c)
moved("two tuples")
f1 = c * 0.5
f2 = c * 1.5
moved("two floats")
comp = [[] for _ in range(6)]
moved("seven more lists")
