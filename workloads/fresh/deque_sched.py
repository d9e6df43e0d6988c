# A round-robin scheduler of cooperative tasks: run queues in
# collections.deque (append/popleft/rotate), timers in a heapq of
# (time, seq, task) tuples, and tasks that are small state machines.
import heapq
import sys
from collections import deque


class Task:
    def __init__(self, tid, kind, budget):
        self.tid = tid
        self.kind = kind
        self.budget = budget
        self.steps = 0
        self.waits = 0
        self.log = deque(maxlen=4)

    def step(self, now):
        # returns ("run",), ("sleep", dt) or ("done",)
        self.steps += 1
        self.log.append(now)
        if self.steps >= self.budget:
            return ("done",)
        if self.kind == 0:
            return ("run",)
        if self.kind == 1:
            return ("sleep", 1 + self.steps % 5)
        if self.steps % 3 == 0:
            return ("sleep", 7)
        return ("run",)


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.seq = 0
        self.now = 0
        self.finished = []

    def spawn(self, task):
        self.ready.append(task)

    def run(self):
        switches = 0
        while self.ready or self.timers:
            while self.timers and self.timers[0][0] <= self.now:
                _, _, task = heapq.heappop(self.timers)
                self.ready.append(task)
            if not self.ready:
                self.now = self.timers[0][0]
                continue
            task = self.ready.popleft()
            switches += 1
            result = task.step(self.now)
            self.now += 1
            if result[0] == "run":
                self.ready.append(task)
            elif result[0] == "sleep":
                task.waits += 1
                self.seq += 1
                heapq.heappush(self.timers, (self.now + result[1], self.seq, task))
            else:
                self.finished.append((self.now, task.tid))
            if switches % 97 == 0 and len(self.ready) > 2:
                self.ready.rotate(1)
        return switches


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    sched = Scheduler()
    s = 17
    tasks = []
    for tid in range(n // 10):
        s = (s * 69069 + 1) & 0xFFFFFFFF
        t = Task(tid, s % 3, 5 + (s >> 8) % 20)
        tasks.append(t)
        sched.spawn(t)
    switches = sched.run()
    print("switches", switches, "end", sched.now)
    print("first done", sched.finished[:5])
    print("last done", sched.finished[-3:])
    print("waits", sum(t.waits for t in tasks), "steps", sum(t.steps for t in tasks))
    print("logs", [list(t.log) for t in tasks[:3]])
    # a sliding window over a stream with a deque
    window = deque()
    best = 0
    total = 0
    for i in range(n * 3):
        s = (s * 69069 + 1) & 0xFFFFFFFF
        v = (s >> 16) % 1000
        window.append(v)
        total += v
        if len(window) > 50:
            total -= window.popleft()
        if total > best:
            best = total
    print("window best", best, len(window))
    # k smallest and merge
    data = [(i * 7919) % 10007 for i in range(n)]
    print("smallest", heapq.nsmallest(5, data), "largest", heapq.nlargest(3, data))
    h = data[:]
    heapq.heapify(h)
    drained = [heapq.heappop(h) for _ in range(min(10, len(h)))]
    print("drained", drained)


main()
