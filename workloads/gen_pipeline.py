# gen_pipeline.py -- a generator pipeline over records, as log- and
# ETL-style programs are written.
#
# Stresses: generator objects and their suspended frames as GC containers:
#   a chain of generators (source -> parse -> enrich -> batch) alive for the
#   whole run, generator expressions made and finished per batch, `yield
#   from` delegation, generators left suspended when a consumer stops
#   early (closed when they die, running their finally blocks), and
#   cursor objects whose generator method refers back to the cursor (a
#   cycle through the generator's frame that only a cycle collector frees).
# Parameters: argv[1] records (default 200000), argv[2] batch size
#   (default 64), argv[3] seed (default 17).
# Heap shape: a few long-lived pipeline generators; per record a small
#   dict and a tuple; per batch a list of records and short-lived
#   generator expressions; every 50 records a cursor <-> generator cycle
#   dropped after a partial read.
# Output: one checksum line from the records' fields (independent of when
#   garbage is reclaimed).
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
BATCH = int(sys.argv[2]) if len(sys.argv) > 2 else 64
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 17

KINDS = ("get", "put", "delete", "scan")


def lcg():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed


def source(n):
    """Raw log lines, as a reader would yield them."""
    for i in range(n):
        r = lcg()
        yield str(i) + " " + KINDS[(r >> 16) % 4] + " " + str(r % 1000) + " " + str((r >> 10) % 97)


def parse(lines):
    for line in lines:
        ident, kind, key, cost = line.split()
        yield {"id": int(ident), "kind": kind, "key": int(key), "cost": int(cost)}


class Stats:
    def __init__(self):
        self.opened = 0
        self.seen = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, typ, val, tb):
        return False


def enrich(records, stats):
    with stats:
        for rec in records:
            stats.seen += 1
            rec["weight"] = rec["cost"] * (2 if rec["kind"] == "put" else 1)
            if rec["kind"] != "delete":
                yield rec


def batches(records, size):
    batch = []
    for rec in records:
        batch.append(rec)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(groups):
    for g in groups:
        yield from g


class Cursor:
    """An iterator object whose rows come from a generator method: the
    generator's frame holds self, self holds the generator (a cycle)."""

    def __init__(self, rows):
        self.rows = rows
        self.it = self._walk()

    def _walk(self):
        try:
            for r in self.rows:
                yield r["key"] ^ r["cost"]
        finally:
            self.rows = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)


def top_keys(batch, k):
    seen = {}
    for rec in batch:
        seen[rec["key"]] = seen.get(rec["key"], 0) + rec["weight"]
    return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def main():
    stats = Stats()
    pipeline = batches(enrich(parse(source(N)), stats), BATCH)
    checksum = 0
    by_kind = {}
    nbatches = 0
    for batch in pipeline:
        nbatches += 1
        total = sum(r["weight"] for r in batch)
        heavy = max((r["cost"], r["id"]) for r in batch)
        kind = batch[0]["kind"]
        by_kind[kind] = by_kind.get(kind, 0) + 1
        for key, w in top_keys(batch, 3):
            checksum = (checksum * 31 + key * 7 + w) & 0xffffffff
        checksum = (checksum + total + heavy[0] * heavy[1]) & 0xffffffff
        # a consumer that stops early: the flattening generator stays
        # suspended inside `yield from` and is closed when it dies
        firsts = flatten([batch, batch])
        for i, rec in enumerate(firsts):
            if i == 3:
                break
            checksum = (checksum ^ rec["id"]) & 0xffffffff
        if nbatches % 3 == 0:
            cur = Cursor(batch)
            acc = 0
            for j, v in enumerate(cur):
                acc += v
                if j == 5:
                    break
            checksum = (checksum + acc) & 0xffffffff
    kinds = sorted(by_kind.items())
    print("gen_pipeline", N, BATCH, nbatches, stats.seen, stats.opened, kinds, checksum)


main()
