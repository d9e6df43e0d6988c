# A priority-queue scheduler with heapq: tasks, priorities, ties, cancellation.
import heapq
import itertools

class Task:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost
    def __repr__(self):
        return "Task(%s,%d)" % (self.name, self.cost)
    def __lt__(self, other):
        return self.name < other.name

REMOVED = "<removed>"
counter = itertools.count()
pq, finder = [], {}

def add(task, priority):
    if task.name in finder:
        remove(task.name)
    entry = [priority, next(counter), task]
    finder[task.name] = entry
    heapq.heappush(pq, entry)

def remove(name):
    entry = finder.pop(name)
    entry[-1] = REMOVED

def pop():
    while pq:
        prio, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del finder[task.name]
            return prio, count, task
    raise KeyError("pop from an empty priority queue")

for i, (n, p) in enumerate([("write", 5), ("read", 1), ("sleep", 9), ("eat", 3),
                             ("code", 1), ("test", 2), ("ship", 7)]):
    add(Task(n, i * 10), p)
add(Task("sleep", 99), 0)
remove("eat")
print("heap size", len(pq), "live", len(finder))
clock = 0
while True:
    try:
        prio, seq, t = pop()
    except KeyError as e:
        print("done:", e)
        break
    clock += t.cost
    print(f"t={clock:4d} prio={prio} seq={seq:02d} {t}")
h = [(3, Task("c", 0)), (3, Task("a", 0)), (1, Task("z", 0))]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2], key=lambda v: -v))
print(heapq.nlargest(2, ["pear", "fig", "banana", "kiwi"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heapreplace(h, 7), h)
