# event_sim.py -- a discrete-event simulation of a multi-server queue on a
# heapq event list, with random (Mersenne Twister) arrivals and service.
#
# Stresses: heap-ordered tuples created and dropped at a high rate, short-
#   lived event tuples next to long-lived customers waiting in deques,
#   random.expovariate/random/choice, instances with a few attributes.
# Parameters: argv[1] customers (default 40000), argv[2] servers (default
#   8), argv[3] arrival rate (default 7.5), argv[4] seed (default 2).
# Heap shape: an event heap of (time, seq, kind, payload) tuples (about one
#   per server plus the next arrival), a deque per server of waiting
#   Customer objects (each with a log list), the finished customers'
#   statistics folded into running sums.
# Output: one checksum line from values only.
import sys
import random
import heapq
from collections import deque

customers = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
servers = int(sys.argv[2]) if len(sys.argv) > 2 else 8
rate = float(sys.argv[3]) if len(sys.argv) > 3 else 7.5
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 2


class Customer:
    def __init__(self, ident, arrival, work):
        self.ident = ident
        self.arrival = arrival
        self.work = work
        self.log = [arrival]


class Server:
    def __init__(self, ident):
        self.ident = ident
        self.queue = deque()
        self.busy = None
        self.served = 0


random.seed(seed)
events = []
seq = 0
pool = [Server(i) for i in range(servers)]
now = 0.0
heapq.heappush(events, (random.expovariate(rate), seq, 'arrive', None))
arrived = 0
done = 0
total_wait = 0.0
max_queue = 0
checksum = 0
while events:
    now, _, kind, payload = heapq.heappop(events)
    if kind == 'arrive':
        c = Customer(arrived, now, random.expovariate(1.0))
        arrived += 1
        # join the shorter of two random queues
        a = random.choice(pool)
        b = random.choice(pool)
        s = a if len(a.queue) <= len(b.queue) else b
        s.queue.append(c)
        if len(s.queue) > max_queue:
            max_queue = len(s.queue)
        if arrived < customers:
            seq += 1
            heapq.heappush(events, (now + random.expovariate(rate), seq, 'arrive', None))
    else:
        s = payload
        c = s.busy
        s.busy = None
        s.served += 1
        done += 1
        c.log.append(now)
        total_wait += c.log[1] - c.arrival
        checksum = (checksum * 7 + c.ident * 3 + s.ident + int(now * 1000)) % 1000000007
    for s in pool:
        if s.busy is None and s.queue:
            c = s.queue.popleft()
            c.log.append(now)
            s.busy = c
            seq += 1
            heapq.heappush(events, (now + c.work, seq, 'depart', s))
print('event_sim', customers, servers, arrived, done, max_queue, round(total_wait, 6),
      round(now, 6), [s.served for s in pool][:4], checksum)
