# Exception-heavy control flow: a validator raising a hierarchy of custom
# exceptions, retries, try/finally cleanup, re-raising with context and
# cause, exceptions as loop exits.
import sys


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"{field}={value!r}")
        self.field = field
        self.value = value


class RangeError(ValidationError):
    pass


class FormatError(ValidationError):
    pass


class Retry(Exception):
    pass


def validate(rec):
    if rec[0] < 0 or rec[0] > 1000:
        raise RangeError("qty", rec[0])
    if not rec[1].isalnum():
        raise FormatError("code", rec[1])
    if rec[2] == 0:
        return rec[0] // rec[2]
    return rec[0] // rec[2]


class Resource:
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, et, ev, tb):
        Resource.closed += 1
        return et is Retry


def attempt(i):
    with Resource():
        if i % 13 == 0:
            raise Retry()
        return i


def find_first(items, pred):
    class Found(Exception):
        pass
    try:
        for x in items:
            if pred(x):
                raise Found(x)
    except Found as f:
        return f.args[0]
    return None


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    counts = {"ok": 0, "range": 0, "format": 0, "zero": 0, "chained": 0}
    total = 0
    cleanups = 0
    for i in range(n):
        rec = ((i * 7919) % 1200 - 50, "c%d" % i if i % 11 else "c-%d" % i, i % 9)
        try:
            try:
                total += validate(rec)
                counts["ok"] += 1
            except ZeroDivisionError as e:
                counts["zero"] += 1
                raise ValueError("bad divisor") from e
            finally:
                cleanups += 1
        except RangeError as e:
            counts["range"] += 1
            total += len(e.field)
        except FormatError as e:
            counts["format"] += 1
            total += len(str(e))
        except ValueError as e:
            if e.__cause__ is not None:
                counts["chained"] += 1
    got = 0
    for i in range(n // 4):
        r = attempt(i)
        if r is not None:
            got += r
    firsts = sum(find_first(range(k, k + 50), lambda x: x % 17 == 0) for k in range(n // 100))
    try:
        {}["missing"]
    except KeyError as e:
        last = repr(e)
    print(sorted(counts.items()))
    print("cleanups", cleanups, "resources", Resource.opened, Resource.closed, last)
    print("checksum", (total + got + firsts) % 1000000007)


main()
