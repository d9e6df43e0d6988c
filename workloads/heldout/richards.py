# A task scheduler in the manner of the Richards benchmark: task control
# blocks with priorities and state flags, packets passed between an idle
# task, a worker, two handlers and two devices, and a scheduler loop that
# always runs the highest-priority runnable task.  Classes, attribute
# reads and writes, method calls and linked lists.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = state & 1 != 0
        self.held = state & 2 != 0
        self.has_packet = queue is not None
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (self.has_packet or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.has_packet = self.queue is not None
        return pkt

    def add_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            self.has_packet = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, seed, count):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.seed = seed
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait_self()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.work = None
        self.device = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.device = pkt.append_to(self.device)
        if self.work is not None:
            work = self.work
            n = work.datum
            if n >= BUFSIZE:
                self.work = work.link
                return self.sched.queue_packet(work)
            if self.device is not None:
                dev = self.device
                self.device = dev.link
                dev.datum = work.data[n]
                work.datum = n + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait_self()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        Task.__init__(self, sched, ident, priority, queue, state)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait_self()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = pkt
        self.sched.trace(pkt.datum)
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queued = 0
        self.holds = 0
        self.traced = []

    def trace(self, value):
        if len(self.traced) < 40:
            self.traced.append(chr(value))

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.link

    def wait_self(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queued += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                pkt = None
                if t.waiting and t.has_packet:
                    pkt = t.take_packet()
                t.waiting = False
                t = t.run(pkt)
            else:
                t = t.link


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, 0, 1, count)
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, q, 1)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q, 1)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q, 1)
    DeviceTask(s, DEVICE_A, 4000, None, 2)
    DeviceTask(s, DEVICE_B, 5000, None, 2)
    s.schedule()
    return s


def main(n):
    total_q = total_h = 0
    last = None
    for r in range(n):
        last = run_once(1000 + r % 7)
        total_q += last.queued
        total_h += last.holds
    print("queued", total_q, "holds", total_h)
    print("trace", "".join(last.traced))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
