# Priority-queue scheduling with heapq: a discrete-event simulation of jobs
# arriving, running on a few machines, and finishing, with tie-breaking
# counters in the heap entries.
import heapq
import sys


class Job:
    def __init__(self, jid, work, prio):
        self.jid = jid
        self.work = work
        self.prio = prio
        self.done_at = -1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    events = []
    seq = 0
    seed = 12345
    t = 0
    for jid in range(n):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        t += seed % 7
        job = Job(jid, 1 + (seed >> 8) % 50, (seed >> 16) % 10)
        heapq.heappush(events, (t, seq, "arrive", job))
        seq += 1
    ready = []
    free = 4
    finished = 0
    wait_total = 0
    last = 0
    arrivals = {}
    while events:
        now, _, kind, job = heapq.heappop(events)
        last = now
        if kind == "arrive":
            arrivals[job.jid] = now
            heapq.heappush(ready, (job.prio, job.jid, job))
        else:
            job.done_at = now
            finished += 1
            free += 1
        while free and ready:
            prio, jid, j = heapq.heappop(ready)
            free -= 1
            wait_total += now - arrivals.pop(jid)
            heapq.heappush(events, (now + j.work, seq, "finish", j))
            seq += 1
    top = heapq.nsmallest(3, [(j, -j % 17) for j in range(1000)], key=lambda p: p[1])
    print("finished", finished, "at", last)
    print("mean wait", wait_total // max(finished, 1))
    print(top)
    print("checksum", (wait_total * 31 + last) % 1000000007)


main()
