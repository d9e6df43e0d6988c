# client_loop.py -- a long-running HTTP-client-like loop whose every request
# leaves a small reference cycle holding a large payload.
#
# Stresses: how soon a cycle collector frees young cyclic garbage that pins
#   a lot of memory.  Only a cycle collector frees a request (refcounting
#   alone leaks every payload), and the memory the program settles at is
#   set by how many requests' garbage waits for the next collection that
#   reaches it.  The shape of gh-142516 (an httpx loop near 420 MB on
#   CPython 3.14.2 against about 80 MB on 3.14.0): few container
#   allocations per request, each cycle holding tens of KiB of str.
# Parameters: argv[1] requests (default 10000), argv[2] connections in the
#   pool (8), argv[3] cache slots (32), argv[4] smallest payload in KiB (16),
#   argv[5] largest payload in KiB (64), argv[6] seed (17), argv[7]
#   long-lived state objects (100000).
# Heap shape: long-lived: a pool of Connection objects (each with a dict of
#   counters and a list of its last 4 statuses) and a cache dict of up to
#   `cache slots` entries (path -> (status, payload prefix)).  Per request:
#   Request <-> Response, each with a Headers object pointing back at its
#   owner, the Response pointing at the pooled Connection, and the payload
#   (a str of 16-64 KiB) held by the Response; all dropped at the end of the
#   request, garbage only a cycle collector frees.  Beside them, the
#   long-lived state of a real client process (its imported modules,
#   configuration, session objects): `state` small records in a dict, which
#   a collector that scans or marks the old generation must walk.
# Output: one checksum line computed from values only (independent of when
#   garbage is reclaimed).
import sys

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"


class Connection:
    def __init__(self, host, ident):
        self.host = host
        self.ident = ident
        self.counters = {"requests": 0, "bytes": 0}
        self.recent = []

    def record(self, status, size):
        self.counters["requests"] = self.counters["requests"] + 1
        self.counters["bytes"] = self.counters["bytes"] + size
        self.recent.append(status)
        if len(self.recent) > 4:
            self.recent.pop(0)


class Setting:
    def __init__(self, name, value, parent):
        self.name = name
        self.value = value
        self.parent = parent


class Headers:
    def __init__(self, owner):
        self.owner = owner
        self.fields = {}

    def set(self, name, value):
        self.fields[name.lower()] = value

    def get(self, name):
        return self.fields.get(name.lower(), "")


class Request:
    def __init__(self, conn, method, path):
        self.conn = conn
        self.method = method
        self.path = path
        self.headers = Headers(self)
        self.response = None


class Response:
    def __init__(self, request, status, body):
        self.request = request
        request.response = self
        self.connection = request.conn
        self.status = status
        self.headers = Headers(self)
        self.body = body


def make_chunk(seed):
    # 64 characters drawn from ALPHABET; the payload repeats it
    out = []
    for i in range(64):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append(ALPHABET[(seed >> 16) & 63])
    return "".join(out)


def serve(request, seed, lo, hi):
    # the "server": a status, headers and a payload of lo..hi KiB
    size = lo + (seed >> 8) % (hi - lo + 1)
    chunk = CHUNKS[(seed >> 4) % len(CHUNKS)]
    body = chunk * (size * 16)
    status = 200
    if seed % 23 == 0:
        status = 404
    resp = Response(request, status, body)
    resp.headers.set("Content-Length", str(len(body)))
    resp.headers.set("Content-Type", "text/plain")
    resp.headers.set("X-Request", request.path)
    return resp


CHUNKS = []


def main():
    requests = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    pool_size = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    cache_slots = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    lo = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    hi = int(sys.argv[5]) if len(sys.argv) > 5 else 64
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 17
    state_size = int(sys.argv[7]) if len(sys.argv) > 7 else 100000
    state = {}
    parent = None
    for i in range(state_size):
        parent = Setting("opt" + str(i), [i, i % 7], parent if i % 16 else None)
        state[parent.name] = parent
    for i in range(16):
        CHUNKS.append(make_chunk(seed + i))
    pool = []
    for i in range(pool_size):
        pool.append(Connection("host" + str(i % 3) + ".example", i))
    cache = {}
    checksum = 0
    hits = 0
    for i in range(requests):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        conn = pool[seed % pool_size]
        path = "/item/" + str((seed >> 10) % (cache_slots * 2))
        req = Request(conn, "GET", path)
        req.headers.set("Host", conn.host)
        req.headers.set("Accept", "*/*")
        resp = serve(req, seed, lo, hi)
        body = resp.body
        length = int(resp.headers.get("content-length"))
        sample = ord(body[(seed >> 3) % length]) + ord(body[length - 1])
        conn.record(resp.status, length)
        if resp.status == 200:
            slot = (seed >> 10) % cache_slots
            old = cache.get(slot)
            if old is not None and old[0] == path:
                hits = hits + 1
            cache[slot] = (path, body[:32])
        checksum = (checksum * 31 + length + sample + resp.status) & 0xffffffff
        req = None
        resp = None
        body = None
    total = 0
    for conn in pool:
        total = total + conn.counters["requests"] * 7 + conn.counters["bytes"]
        for s in conn.recent:
            total = total + s
    for slot in sorted(cache):
        entry = cache[slot]
        total = total + len(entry[0]) + ord(entry[1][0])
    for name in ("opt0", "opt" + str(state_size - 1)):
        if name in state:
            total = total + state[name].value[0]
    print(f"client_loop requests {requests} checksum {checksum} pool {total & 0xffffffff} hits {hits} state {len(state)}")


main()
