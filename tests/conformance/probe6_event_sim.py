# A discrete-event simulation: heapq with (time, seq, event) tuples,
# heapreplace/heappushpop, merge of sorted streams, nsmallest with keys.
import heapq

events = []
seq = 0


def schedule(t, what):
    global seq
    heapq.heappush(events, (t, seq, what))
    seq += 1


for t, w in [(5.0, 'b'), (1.5, 'a'), (5.0, 'c'), (0.25, 'start'), (9, 'end')]:
    schedule(t, w)
print(events[0], len(events))
clock = 0.0
while events:
    t, s, what = heapq.heappop(events)
    clock = t
    print('%6.2f %-5s #%d' % (t, what, s))
    if what == 'a':
        schedule(t + 2, 'a2')
print('clock', clock)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nsmallest(3, h), heapq.nlargest(2, h), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=False)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
try:
    heapq.heappush([1], 'x')
except TypeError as e:
    print('TypeError:', e)


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return 'Task(%d, %s)' % (self.pri, self.name)


tq = []
for p, n in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'urgent')]:
    heapq.heappush(tq, Task(p, n))
print([heapq.heappop(tq) for _ in range(len(tq))])
