# copy_micro.py -- copy.copy and copy.deepcopy of plain instances (a dict and
# a list each): the cost of lib/copy.py's per-object dispatch.
# valgrind --tool=callgrind --callgrind-out-file=/dev/null build/gclab run bench/copy_micro.py
import copy
class P:
    def __init__(self, i):
        self.i = i
        self.tags = [i, str(i)]
objs = [P(i) for i in range(3000)]
for _ in range(3):
    c = copy.deepcopy(objs)
    s = [copy.copy(o) for o in objs]
print(len(c), c[5].tags, s[7].i)
